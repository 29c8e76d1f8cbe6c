package io.miningaudit.spark;

import io.miningaudit.engine.LoadLead;
import io.miningaudit.facts.BackPaymentRun;
import io.miningaudit.facts.DataIssue;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.LoadProfile;
import io.miningaudit.facts.SurchargeLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's output tables: their schemas and how an audited part's results become their rows. Dates are ISO text;
 * money, kWh and rates are decimals of up to 18 places (every amount the audit makes fits them exactly); every table
 * has the province it is partitioned by (of the finding's entity, the line's account, the issue's owner).
 */
final class Outputs {
    private static final DataType DECIMAL = DataTypes.createDecimalType(38, 18);
    private static final DataType TEXT = DataTypes.StringType;

    private Outputs() {
    }

    private static StructType schema(Object... namesAndTypes) {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.add(DataTypes.createStructField((String) namesAndTypes[i], (DataType) namesAndTypes[i + 1], true));
        }
        return DataTypes.createStructType(fields);
    }

    static final StructType FINDINGS = schema("id", TEXT, "ruleId", TEXT, "measure", TEXT, "subjectType", TEXT,
            "subjectId", TEXT, "entityId", TEXT, "amountCny", DECIMAL, "quantity", DECIMAL, "unit", TEXT,
            "periodFrom", TEXT, "periodTo", TEXT, "basis", TEXT, "explanation", TEXT,
            "facts", DataTypes.createArrayType(TEXT), "province", TEXT);

    static final StructType SURCHARGE_LINES = schema("accountId", TEXT, "entityId", TEXT, "from", TEXT, "to", TEXT,
            "kwh", DECIMAL, "rateCnyPerKwh", DECIMAL, "amountCny", DECIMAL, "ruleId", TEXT, "province", TEXT);

    static final StructType BACK_PAYMENT_RUNS = schema("accountId", TEXT, "entityId", TEXT, "from", TEXT, "to", TEXT,
            "kwh", DECIMAL, "catalogueRateCnyPerKwh", DECIMAL, "billedRateCnyPerKwh", DECIMAL,
            "differenceCnyPerKwh", DECIMAL, "amountCny", DECIMAL, "province", TEXT);

    static final StructType DATA_ISSUES = schema("severity", TEXT, "code", TEXT, "location", TEXT, "message", TEXT,
            "ruleId", TEXT, "province", TEXT);

    static final StructType LOAD_LEADS = schema("priority", DataTypes.IntegerType, "accountId", TEXT, "entityId",
            TEXT, "category", TEXT, "days", DataTypes.IntegerType, "meanKwhPerDay", DECIMAL, "variation", DECIMAL,
            "stepChange", DECIMAL, "score", TEXT, "ipLead", DataTypes.BooleanType, "province", TEXT);

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    static List<Row> findings(AuditedPart part) {
        List<Row> rows = new ArrayList<>();
        for (Finding f : part.result().findings()) {
            rows.add(RowFactory.create(f.getId(), f.getRuleId(), f.getMeasure().name(), f.getSubjectType().name(),
                    f.getSubjectId(), f.getEntityId(), f.getAmountCny(), f.getQuantity(), f.getUnit(),
                    text(f.getPeriodFrom()), text(f.getPeriodTo()), f.getBasis(), f.getExplanation(),
                    scala.jdk.javaapi.CollectionConverters.asScala(f.getFacts()).toSeq(),
                    part.provinceOfEntity().get(f.getEntityId())));
        }
        return rows;
    }

    static List<Row> surchargeLines(AuditedPart part) {
        List<Row> rows = new ArrayList<>();
        for (SurchargeLine l : part.result().lines()) {
            rows.add(RowFactory.create(l.getAccountId(), l.getEntityId(), text(l.getFirstDay()), text(l.getLastDay()),
                    l.getKwh(), l.getRateCnyPerKwh(), l.getAmountCny(), l.getRuleId(), l.getProvince().name()));
        }
        return rows;
    }

    static List<Row> backPaymentRuns(AuditedPart part) {
        List<Row> rows = new ArrayList<>();
        for (BackPaymentRun r : part.result().runs()) {
            rows.add(RowFactory.create(r.getAccountId(), r.getEntityId(), text(r.getFirstDay()), text(r.getLastDay()),
                    r.getKwh(), r.getCatalogueRateCnyPerKwh(), r.getBilledRateCnyPerKwh(), r.getDifferenceCnyPerKwh(),
                    r.getAmountCny(), part.provinceOfEntity().get(r.getEntityId())));
        }
        return rows;
    }

    static List<Row> dataIssues(AuditedPart part) {
        List<Row> rows = new ArrayList<>();
        List<DataIssue> issues = part.result().issues();
        for (int i = 0; i < issues.size(); i++) {
            DataIssue d = issues.get(i);
            rows.add(RowFactory.create(d.getSeverity().name(), d.getCode(), d.getLocation(), d.getMessage(),
                    d.getRuleId(), part.issueProvinces().get(i)));
        }
        return rows;
    }

    static List<Row> loadLeads(List<LoadLead> leads, Map<String, String> provinceOfEntity) {
        List<Row> rows = new ArrayList<>();
        for (LoadLead l : leads) {
            LoadProfile p = l.profile();
            rows.add(RowFactory.create(l.priority(), l.accountId(), l.entityId(), p.getAccount().getCategory().name(),
                    p.getDays(), LoadProfile.shown(p.getMean()), LoadProfile.shown(p.getVariation()),
                    LoadProfile.shown(p.getStepChange()), p.getSignal() == null ? null : p.getSignal().name(),
                    l.ipLead(), provinceOfEntity.get(l.entityId())));
        }
        return rows;
    }
}
