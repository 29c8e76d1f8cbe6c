/** Text helpers every layer may use: the suggestion of a likely intended name for a misspelt one. */
package io.miningaudit.text;
