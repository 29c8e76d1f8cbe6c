package io.miningaudit.spark;

import io.miningaudit.engine.Auditor;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One part of a case as an executor audited it: the part's result, the province of each of its entities and of the
 * owner of each of its data issues (in the order of the issues), by which the job's outputs are partitioned.
 */
record AuditedPart(int index, Auditor.PartResult result, Map<String, String> provinceOfEntity,
                   List<String> issueProvinces) implements Serializable {
}
