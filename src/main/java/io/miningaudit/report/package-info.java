/** The report: the Excel workbook and the findings JSON of REPORT.md, each written whole or not at all. */
package io.miningaudit.report;
