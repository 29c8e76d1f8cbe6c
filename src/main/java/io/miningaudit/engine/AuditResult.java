package io.miningaudit.engine;

import io.miningaudit.facts.BackPaymentRun;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.DataIssue;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.SurchargeLine;
import java.util.List;
import java.util.Map;

/**
 * What an audit concluded: the findings, surcharge lines and back-payment runs in a fixed order, the ranked inspection
 * leads (from IP detections, and from daily readings), the data issues, the Summary, and every rule with the number
 * of findings it produced (a schedule row counts the surcharge findings that carry its ID), the rows of the parameter
 * and schedule tables, and how many findings rest on each parameter.
 */
public record AuditResult(CaseFile facts, List<Finding> findings, List<SurchargeLine> surchargeLines,
                          List<BackPaymentRun> backPaymentRuns, List<Lead> leads, List<LoadLead> loadLeads,
                          List<DataIssue> dataIssues,
                          Summary summary, List<RuleInfo> rules, Map<String, Long> findingsByRule,
                          List<TableRow> tableRows, Map<String, Long> findingsByParameter, Labels labels) {
}
