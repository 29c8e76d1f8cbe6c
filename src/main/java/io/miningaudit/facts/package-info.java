/** The fact model: the case file's records as immutable values, and the facts rules derive from them. */
package io.miningaudit.facts;
