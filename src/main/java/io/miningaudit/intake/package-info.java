/** Reading case files: each form becomes raw located records, which one schema checks and binds to the fact model. */
package io.miningaudit.intake;
