/** Rule tests that analysts write: scenarios under rules/tests, each a small case and the findings it must give. */
package io.miningaudit.ruletests;
