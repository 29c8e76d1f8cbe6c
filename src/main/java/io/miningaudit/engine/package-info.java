/** The rule engine: compiles the rules folder with Drools, runs a case through it and gathers the audit's result. */
package io.miningaudit.engine;
