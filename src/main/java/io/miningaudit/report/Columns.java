package io.miningaudit.report;

import io.miningaudit.engine.Counts;
import io.miningaudit.engine.Lead;
import io.miningaudit.engine.LoadLead;
import io.miningaudit.engine.RuleInfo;
import io.miningaudit.engine.TableRow;
import io.miningaudit.facts.BackPaymentRun;
import io.miningaudit.facts.DataIssue;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.LoadProfile;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.Person;
import io.miningaudit.facts.SinceLastAudit;
import io.miningaudit.facts.SurchargeLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The columns of every sheet of the report, each once: its header, its key in the findings JSON (null when the JSON
 * has no such field), the kind of cell it is, and its value. The workbook writes a sheet's columns in order; the JSON
 * writer writes, in the same order, those that have a key. A column is added here and nowhere else.
 */
final class Columns {
    private Columns() {
    }

    /** How a value is written: the cell's type and style in the workbook, the value's form in the JSON. */
    enum Kind {
        TEXT, DATE, MONEY, EXACT_MONEY, KWH, QUANTITY, RATE, COUNT, FLAG, LIST,
        /** A ratio of a load profile (variation, step change), to 3 decimals. */
        RATIO,
        /** A code (an enum): the code in the JSON and an English workbook, its label in another language. */
        CODE,
        /** Codes, listed: each as {@link #CODE} shows it. */
        CODES,
        /** A legal basis ({@link Cited}): the rule's own in English, the labelled citation in another language. */
        BASIS,
        /** A finding's explanation (the {@link Finding}): English as built, another language from its fields. */
        EXPLANATION
    }

    /** A legal basis and the rule ID it is the basis of, by which another language finds its citation. */
    record Cited(String ruleId, String basis) {
    }

    /** What a linked cell leads to: a row of another sheet, found by the key its column gives. */
    enum Target {
        /** The entity's row in By entity. */
        ENTITY,
        /** The finding's row in Findings. */
        FINDING,
        /** The first of the entity's findings in Findings. */
        ENTITY_FINDINGS,
        /** The rule's row in Rules. */
        RULE
    }

    /** A link from a cell to the row of {@code target} that {@code key} names. */
    record Link<T>(Target target, Function<T, String> key) {
    }

    /** One column of a sheet over rows of type {@code T}; {@code link} is null for a column without links. */
    record Column<T>(String header, String jsonKey, Kind kind, Function<T, ?> value, Link<T> link) {
        /** This column with its cells linked to the row of {@code target} that each cell's own text names. */
        @SuppressWarnings("unchecked")
        Column<T> linked(Target target) {
            return linked(target, row -> (String) value.apply(row));
        }

        /** This column with its cells linked to the row of {@code target} that {@code key} names. */
        Column<T> linked(Target target, Function<T, String> key) {
            return new Column<>(header, jsonKey, kind, value, new Link<>(target, key));
        }
    }

    private static <T> Column<T> column(String header, String jsonKey, Kind kind, Function<T, ?> value) {
        return new Column<>(header, jsonKey, kind, value, null);
    }

    private static <T> Column<T> sheetOnly(String header, Kind kind, Function<T, ?> value) {
        return new Column<>(header, null, kind, value, null);
    }

    /** A column of IDs, each linked to the row of {@code target} that it names. */
    private static <T> Column<T> column(String header, String jsonKey, Kind kind, Function<T, ?> value,
                                        Target target) {
        return new Column<T>(header, jsonKey, kind, value, null).linked(target);
    }

    private static <T> Column<T> sheetOnly(String header, Kind kind, Function<T, ?> value, Target target) {
        return column(header, null, kind, value, target);
    }

    private static Cited cited(Finding f) {
        return new Cited(f.getRuleId(), f.getBasis());
    }

    static <T> List<String> headers(List<Column<T>> columns) {
        return columns.stream().map(Column::header).toList();
    }

    /** What the workbook shows for an amount that data issues stopped and that is therefore zero. */
    static final String NOT_COMPUTED = "not computed";

    /**
     * A Summary row: a province's name, or "Total", and its counts; in the workbook ({@code sheet}) an amount that
     * data issues stopped and that is zero reads "not computed", in the JSON it stays a number.
     */
    record SummaryRow(Object label, Counts counts, boolean sheet) {
        Object amount(Measure measure, BigDecimal value) {
            return sheet && value.signum() == 0 && counts.notComputed(measure) > 0 ? NOT_COMPUTED : value;
        }
    }

    /** A Penalties row: a finding about an entity, an inspection or an account, with its entity. */
    record PenaltyRow(Finding finding, Entity entity) {
    }

    /** A Persons row: a finding about a person, with the person and the person's entity. */
    record PersonRow(Finding finding, Person person, Entity entity) {
    }

    /** An Inspection leads row: a ranked lead and its entity. */
    record LeadRow(Lead lead, Entity entity) {
    }

    /** A Load-profile leads row: a ranked lead and its account's entity. */
    record LoadLeadRow(LoadLead lead, Entity entity) {
    }

    /** A Parameters row: a parameter or a schedule row, and how many findings rest on it. */
    record ParameterRow(TableRow row, long findings) {
    }

    /** A Rules row: a rule and how many findings it made. */
    record RuleRow(RuleInfo rule, long findings) {
    }

    static final List<Column<SummaryRow>> SUMMARY = List.of(
            sheetOnly("Province", Kind.CODE, SummaryRow::label),
            column("IPs detected", "ipsDetected", Kind.COUNT, r -> r.counts().ipsDetected()),
            column("IPs attributed", "ipsAttributed", Kind.COUNT, r -> r.counts().ipsAttributed()),
            column("Entities detected", "entitiesDetected", Kind.COUNT, r -> r.counts().entitiesDetected()),
            column("Public units detected", "publicUnitsDetected", Kind.COUNT,
                    r -> r.counts().publicUnitsDetected()),
            column("Inspections", "inspections", Kind.COUNT, r -> r.counts().inspections()),
            column("Deliberate cases", "deliberateCases", Kind.COUNT, r -> r.counts().deliberateCases()),
            column("Passive cases", "passiveCases", Kind.COUNT, r -> r.counts().passiveCases()),
            column("Public units deliberate", "publicUnitsDeliberate", Kind.COUNT,
                    r -> r.counts().publicUnitsDeliberate()),
            column("Machines confiscated", "machinesConfiscated", Kind.QUANTITY,
                    r -> r.counts().machinesConfiscated()),
            column("Persons referred", "personsReferred", Kind.COUNT, r -> r.counts().personsReferred()),
            column("Surcharge (CNY)", "surchargeCny", Kind.MONEY, r -> r.amount(Measure.PUNITIVE_SURCHARGE,
                    r.counts().surchargeCny())),
            column("Back-payment (CNY)", "backPaymentCny", Kind.MONEY, r -> r.amount(Measure.BACK_PAYMENT,
                    r.counts().backPaymentCny())),
            column("Liquidated penalty (CNY)", "liquidatedPenaltyCny", Kind.MONEY,
                    r -> r.amount(Measure.LIQUIDATED_PENALTY, r.counts().liquidatedPenaltyCny())),
            column("Illegal gains (CNY)", "illegalGainsCny", Kind.MONEY, r ->
                    r.amount(Measure.ILLEGAL_GAINS_CONFISCATION, r.counts().illegalGainsCny())),
            column("Energy double-count (kWh)", "energyDoubleCountKwh", Kind.KWH,
                    r -> r.amount(Measure.ENERGY_DOUBLE_COUNT, r.counts().energyDoubleCountKwh())),
            column("Load-profile leads", "loadProfileLeads", Kind.COUNT, r -> r.counts().loadProfileLeads()));

    static final List<Column<PenaltyRow>> PENALTIES = List.of(
            sheetOnly("Finding ID", Kind.TEXT, r -> r.finding().getId(), Target.FINDING),
            sheetOnly("Entity ID", Kind.TEXT, r -> r.entity().getId(), Target.ENTITY),
            sheetOnly("Entity", Kind.TEXT, r -> r.entity().getName()),
            sheetOnly("Kind", Kind.CODE, r -> r.entity().getKind()),
            sheetOnly("Province", Kind.CODE, r -> r.entity().getProvince()),
            sheetOnly("Subject", Kind.TEXT, r -> r.finding().getSubjectId()),
            sheetOnly("Rule ID", Kind.TEXT, r -> r.finding().getRuleId(), Target.RULE),
            sheetOnly("Measure", Kind.CODE, r -> r.finding().getMeasure()),
            sheetOnly("Amount (CNY)", Kind.MONEY, r -> r.finding().getAmountCny()),
            sheetOnly("Quantity", Kind.QUANTITY, r -> r.finding().getQuantity()),
            sheetOnly("Unit", Kind.CODE, r -> r.finding().getUnit()),
            sheetOnly("Period from", Kind.DATE, r -> r.finding().getPeriodFrom()),
            sheetOnly("Period to", Kind.DATE, r -> r.finding().getPeriodTo()),
            sheetOnly("Basis", Kind.BASIS, r -> cited(r.finding())),
            sheetOnly("Explanation", Kind.EXPLANATION, PenaltyRow::finding));

    static final List<Column<FlaggedAgency>> FLAGGED = List.of(
            sheetOnly("Entity ID", Kind.TEXT, a -> a.entity().getId(), Target.ENTITY),
            sheetOnly("Entity", Kind.TEXT, a -> a.entity().getName()),
            sheetOnly("Kind", Kind.CODE, a -> a.entity().getKind()),
            sheetOnly("Province", Kind.CODE, a -> a.entity().getProvince()),
            sheetOnly("City", Kind.TEXT, a -> a.entity().getCity()),
            sheetOnly("Cause", Kind.CODE, FlaggedAgency::cause),
            sheetOnly("Action", Kind.CODE, FlaggedAgency::measure),
            sheetOnly("Rule ID", Kind.TEXT, FlaggedAgency::ruleId, Target.RULE),
            sheetOnly("Inspection ID", Kind.LIST, FlaggedAgency::inspectionIds),
            sheetOnly("IPs detected", Kind.COUNT, FlaggedAgency::ipsDetected),
            sheetOnly("Machines", Kind.COUNT, FlaggedAgency::machines),
            sheetOnly("Deadline", Kind.DATE, FlaggedAgency::deadline),
            sheetOnly("Basis", Kind.BASIS, a -> new Cited(a.ruleId(), a.basis())));

    static final List<Column<PersonRow>> PERSONS = List.of(
            new Column<>("Person ID", null, Kind.TEXT, r -> r.person().getId(),
                    new Link<PersonRow>(Target.FINDING, r -> r.finding().getId())),
            sheetOnly("Name", Kind.TEXT, r -> r.person().getName()),
            sheetOnly("Entity ID", Kind.TEXT, r -> r.entity().getId(), Target.ENTITY),
            sheetOnly("Entity", Kind.TEXT, r -> r.entity().getName()),
            sheetOnly("Public employee", Kind.FLAG, r -> r.person().isPublicEmployee()),
            sheetOnly("Party member", Kind.FLAG, r -> r.person().isPartyMember()),
            sheetOnly("Role", Kind.CODE, r -> r.person().getRole()),
            sheetOnly("Rule ID", Kind.TEXT, r -> r.finding().getRuleId(), Target.RULE),
            sheetOnly("Measure", Kind.CODE, r -> r.finding().getMeasure()),
            sheetOnly("Amount (CNY)", Kind.MONEY, r -> r.finding().getAmountCny()),
            sheetOnly("Basis", Kind.BASIS, r -> cited(r.finding())));

    static final List<Column<SurchargeLine>> SURCHARGES = List.of(
            column("Account ID", "accountId", Kind.TEXT, SurchargeLine::getAccountId),
            column("Entity ID", "entityId", Kind.TEXT, SurchargeLine::getEntityId, Target.ENTITY),
            column("Province", "province", Kind.CODE, l -> l.getProvince()),
            column("Period from", "from", Kind.DATE, SurchargeLine::getFirstDay),
            column("Period to", "to", Kind.DATE, SurchargeLine::getLastDay),
            column("kWh", "kwh", Kind.KWH, SurchargeLine::getKwh),
            column("Rate (CNY/kWh)", "rateCnyPerKwh", Kind.RATE, SurchargeLine::getRateCnyPerKwh),
            column("Surcharge (CNY)", "amountCny", Kind.MONEY, SurchargeLine::getAmountCny),
            column("Rule ID", "ruleId", Kind.TEXT, SurchargeLine::getRuleId, Target.RULE),
            sheetOnly("Cycle from", Kind.DATE, l -> l.getCycle().getFrom()),
            sheetOnly("Cycle to", Kind.DATE, l -> l.getCycle().getTo()),
            sheetOnly("Cycle kWh", Kind.KWH, l -> l.getCycle().getKwh()),
            sheetOnly("Cycle days", Kind.COUNT, l -> l.getCycle().getPeriod().days()),
            sheetOnly("Days in line", Kind.COUNT, SurchargeLine::getDaysInLine));

    static final List<Column<EntityTotals>> BY_ENTITY = List.of(
            sheetOnly("Entity ID", Kind.TEXT, t -> t.entity().getId(), Target.ENTITY_FINDINGS),
            sheetOnly("Entity", Kind.TEXT, t -> t.entity().getName()),
            sheetOnly("Kind", Kind.CODE, t -> t.entity().getKind()),
            sheetOnly("Province", Kind.CODE, t -> t.entity().getProvince()),
            sheetOnly("City", Kind.TEXT, t -> t.entity().getCity()),
            sheetOnly("Findings", Kind.COUNT, EntityTotals::findings),
            sheetOnly("Surcharge (CNY)", Kind.MONEY, t -> t.amount(Measure.PUNITIVE_SURCHARGE, t.surchargeCny())),
            sheetOnly("Back-payment (CNY)", Kind.MONEY, t -> t.amount(Measure.BACK_PAYMENT, t.backPaymentCny())),
            sheetOnly("Liquidated penalty (CNY)", Kind.MONEY,
                    t -> t.amount(Measure.LIQUIDATED_PENALTY, t.liquidatedPenaltyCny())),
            sheetOnly("Illegal gains (CNY)", Kind.MONEY,
                    t -> t.amount(Measure.ILLEGAL_GAINS_CONFISCATION, t.illegalGainsCny())),
            sheetOnly("Total (CNY)", Kind.MONEY, EntityTotals::totalCny),
            sheetOnly("Measures", Kind.CODES, EntityTotals::measureNames),
            sheetOnly("Earliest deadline", Kind.DATE, EntityTotals::earliestDeadline),
            sheetOnly("Data issues", Kind.COUNT, EntityTotals::dataIssues));

    /**
     * By entity with a ledger: the columns above, then the entity's items in the ledger — open (standing, not
     * cleared), overdue and cleared — from the Since last audit rows.
     */
    static List<Column<EntityTotals>> byEntityWithLedger(List<SinceLastAudit> rows) {
        Map<String, long[]> counts = new java.util.HashMap<>();
        for (SinceLastAudit r : rows) {
            long[] c = counts.computeIfAbsent(r.getEntityId(), id -> new long[3]);
            if (r.getStatus() != SinceLastAudit.Status.RESOLVED && r.getClearedOn() == null) {
                c[0]++;
            }
            if (r.isOverdue()) {
                c[1]++;
            }
            if (r.getClearedOn() != null) {
                c[2]++;
            }
        }
        long[] none = new long[3];
        List<Column<EntityTotals>> columns = new ArrayList<>(BY_ENTITY);
        columns.add(sheetOnly("Open items", Kind.COUNT, t -> counts.getOrDefault(t.entity().getId(), none)[0]));
        columns.add(sheetOnly("Overdue items", Kind.COUNT, t -> counts.getOrDefault(t.entity().getId(), none)[1]));
        columns.add(sheetOnly("Cleared items", Kind.COUNT, t -> counts.getOrDefault(t.entity().getId(), none)[2]));
        return List.copyOf(columns);
    }

    static final List<Column<ParameterRow>> PARAMETERS = List.of(
            sheetOnly("Kind", Kind.CODE, r -> r.row().kind()),
            sheetOnly("Name", Kind.TEXT, r -> r.row().name()),
            sheetOnly("Value", Kind.TEXT, r -> r.row().value()),
            sheetOnly("From", Kind.DATE, r -> r.row().from()),
            sheetOnly("Until", Kind.DATE, r -> r.row().until()),
            sheetOnly("Source", Kind.TEXT, r -> r.row().source()),
            sheetOnly("Findings", Kind.COUNT, ParameterRow::findings));

    /** The runs of days behind each back-payment; the amount exact, shown to 4 decimals. */
    static final List<Column<BackPaymentRun>> BACK_PAYMENT_RUNS = List.of(
            sheetOnly("Account ID", Kind.TEXT, BackPaymentRun::getAccountId),
            sheetOnly("Entity ID", Kind.TEXT, BackPaymentRun::getEntityId, Target.ENTITY),
            sheetOnly("Period from", Kind.DATE, BackPaymentRun::getFirstDay),
            sheetOnly("Period to", Kind.DATE, BackPaymentRun::getLastDay),
            sheetOnly("kWh", Kind.KWH, BackPaymentRun::getKwh),
            sheetOnly("Catalogue rate (CNY/kWh)", Kind.RATE, BackPaymentRun::getCatalogueRateCnyPerKwh),
            sheetOnly("Billed rate (CNY/kWh)", Kind.RATE, BackPaymentRun::getBilledRateCnyPerKwh),
            sheetOnly("Difference (CNY/kWh)", Kind.RATE, BackPaymentRun::getDifferenceCnyPerKwh),
            sheetOnly("Amount (CNY)", Kind.EXACT_MONEY, BackPaymentRun::getAmountCny));

    /** Sheet 13, with a ledger: each finding against the case's audit before (REPORT.md). */
    static final List<Column<SinceLastAudit>> SINCE_LAST_AUDIT = List.of(
            sheetOnly("Finding ID", Kind.TEXT, SinceLastAudit::getFindingId, Target.FINDING),
            sheetOnly("Entity ID", Kind.TEXT, SinceLastAudit::getEntityId, Target.ENTITY),
            sheetOnly("Rule ID", Kind.TEXT, SinceLastAudit::getRuleId, Target.RULE),
            sheetOnly("Measure", Kind.CODE, SinceLastAudit::getMeasure),
            sheetOnly("Status", Kind.CODE, SinceLastAudit::getStatus),
            sheetOnly("Amount before (CNY)", Kind.MONEY, SinceLastAudit::getAmountBefore),
            sheetOnly("Amount now (CNY)", Kind.MONEY, SinceLastAudit::getAmountNow),
            sheetOnly("Delta (CNY)", Kind.MONEY, SinceLastAudit::getDelta),
            sheetOnly("First seen", Kind.DATE, SinceLastAudit::getFirstSeen),
            sheetOnly("Deadline", Kind.DATE, SinceLastAudit::getDeadline),
            sheetOnly("Overdue", Kind.FLAG, SinceLastAudit::isOverdue),
            sheetOnly("Cleared on", Kind.DATE, SinceLastAudit::getClearedOn));

    static final List<Column<LeadRow>> LEADS = List.of(
            column("Priority", "priority", Kind.COUNT, r -> r.lead().priority()),
            column("Entity ID", "entityId", Kind.TEXT, r -> r.lead().entityId(), Target.ENTITY),
            sheetOnly("Entity", Kind.TEXT, r -> r.entity().getName()),
            sheetOnly("Kind", Kind.CODE, r -> r.entity().getKind()),
            sheetOnly("Province", Kind.CODE, r -> r.entity().getProvince()),
            column("Distinct IPs", "distinctIps", Kind.COUNT, r -> r.lead().distinctIps()),
            column("First detected", "firstDetected", Kind.DATE, r -> r.lead().firstDetected()),
            column("Last detected", "lastDetected", Kind.DATE, r -> r.lead().lastDetected()),
            sheetOnly("Rule ID", Kind.TEXT, r -> r.lead().finding().getRuleId(), Target.RULE));

    /** Sheet 14, with daily readings: the load-profile leads, ranked, each with the features the rule compared. */
    static final List<Column<LoadLeadRow>> LOAD_LEADS = List.of(
            column("Priority", "priority", Kind.COUNT, r -> r.lead().priority()),
            new Column<>("Account ID", "accountId", Kind.TEXT, r -> r.lead().accountId(),
                    new Link<LoadLeadRow>(Target.FINDING, r -> r.lead().finding().getId())),
            column("Entity ID", "entityId", Kind.TEXT, r -> r.lead().entityId(), Target.ENTITY),
            sheetOnly("Entity", Kind.TEXT, r -> r.entity().getName()),
            sheetOnly("Province", Kind.CODE, r -> r.lead().profile().getAccount().getProvince()),
            column("Category", "category", Kind.CODE, r -> r.lead().profile().getAccount().getCategory()),
            column("Days", "days", Kind.COUNT, r -> r.lead().profile().getDays()),
            column("Mean kWh/day", "meanKwhPerDay", Kind.KWH, r -> LoadProfile.shown(r.lead().profile().getMean())),
            column("Variation", "variation", Kind.RATIO, r -> LoadProfile.shown(r.lead().profile().getVariation())),
            column("Step change", "stepChange", Kind.RATIO,
                    r -> LoadProfile.shown(r.lead().profile().getStepChange())),
            column("Score", "score", Kind.CODE, r -> r.lead().profile().getSignal()),
            column("IP lead", "ipLead", Kind.FLAG, r -> r.lead().ipLead()),
            sheetOnly("Rule ID", Kind.TEXT, r -> r.lead().finding().getRuleId(), Target.RULE));

    static final List<Column<Finding>> FINDINGS = List.of(
            column("Finding ID", "id", Kind.TEXT, Finding::getId),
            column("Rule ID", "ruleId", Kind.TEXT, Finding::getRuleId, Target.RULE),
            column("Measure", "measure", Kind.CODE, Finding::getMeasure),
            column("Subject type", "subjectType", Kind.CODE, Finding::getSubjectType),
            column("Subject ID", "subjectId", Kind.TEXT, Finding::getSubjectId),
            column("Entity ID", "entityId", Kind.TEXT, Finding::getEntityId, Target.ENTITY),
            column("Amount (CNY)", "amountCny", Kind.MONEY, Finding::getAmountCny),
            column("Quantity", "quantity", Kind.QUANTITY, Finding::getQuantity),
            column("Unit", "unit", Kind.CODE, Finding::getUnit),
            column("Period from", "periodFrom", Kind.DATE, Finding::getPeriodFrom),
            column("Period to", "periodTo", Kind.DATE, Finding::getPeriodTo),
            column("Basis", "basis", Kind.BASIS, Columns::cited),
            column("Explanation", "explanation", Kind.EXPLANATION, f -> f),
            column("Facts", "facts", Kind.LIST, Finding::getFacts),
            sheetOnly("Rule name", Kind.TEXT, Finding::getRuleName));

    static final List<Column<DataIssue>> ISSUES = List.of(
            column("Severity", "severity", Kind.CODE, DataIssue::getSeverity),
            column("Code", "code", Kind.TEXT, DataIssue::getCode),
            column("Location", "location", Kind.TEXT, DataIssue::getLocation),
            column("Message", "message", Kind.TEXT, DataIssue::getMessage),
            sheetOnly("Rule ID", Kind.TEXT, DataIssue::getRuleId, Target.RULE));

    static final List<Column<RuleRow>> RULES = List.of(
            sheetOnly("Rule ID", Kind.TEXT, r -> r.rule().ruleId()),
            sheetOnly("Name", Kind.TEXT, r -> r.rule().name()),
            sheetOnly("Source", Kind.TEXT, r -> r.rule().source()),
            sheetOnly("Basis", Kind.BASIS, r -> new Cited(r.rule().ruleId(), r.rule().basis())),
            sheetOnly("Findings", Kind.COUNT, RuleRow::findings));
}
