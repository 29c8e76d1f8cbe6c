/** Generators of case files: the seeded examples, written in the forms the reader takes. */
package io.miningaudit.generate;
