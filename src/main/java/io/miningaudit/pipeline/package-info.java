/**
 * One audit from end to end (compile the rules, read the case, hash both, audit, write the report), as a service the
 * commands call.
 */
package io.miningaudit.pipeline;
