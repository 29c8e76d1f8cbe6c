package io.miningaudit.report;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.facts.BackPaymentRun;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.Person;
import io.miningaudit.facts.SubjectType;
import io.miningaudit.facts.SurchargeLine;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The notices of an audit: one Word document per entity with a measure (an inspection lead is no measure), for the
 * unit it is served on. Each names the entity, lists every measure with its legal basis as the documents cite it, its
 * amount or quantity, period and deadline, states the total the unit owes, and shows how each amount was computed:
 * the surcharge lines with their consumption cycles, days and rates, the back-payment's runs of days with their
 * catalogue and billed rates. What concerns a person of the unit (a referral, illegal gains) is listed apart: it is
 * due from the person, not in the unit's total. Written in the report's language.
 */
final class NoticeWriter {
    /** The money measures a unit pays, whose amounts make its total due. */
    private static final Set<Measure> DUE = Set.of(Measure.PUNITIVE_SURCHARGE, Measure.BACK_PAYMENT,
            Measure.LIQUIDATED_PENALTY);

    private final AuditResult result;
    private final Provenance provenance;
    private final Words words;
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, Person> persons = new HashMap<>();
    private final io.miningaudit.facts.IssueOwners owners;

    NoticeWriter(AuditResult result, Provenance provenance, Words words) {
        this.result = result;
        this.provenance = provenance;
        this.words = words;
        result.facts().getEntities().forEach(e -> entities.put(e.getId(), e));
        result.facts().getPersons().forEach(p -> persons.put(p.getId(), p));
        this.owners = io.miningaudit.facts.IssueOwners.of(result.facts());
    }

    /** The entities served a notice, in the order of By entity: those with a finding other than a lead. */
    List<String> entityIds() {
        return EntityTotals.of(result).stream()
                .filter(t -> t.measures().stream().anyMatch(m -> m != Measure.INSPECTION_LEAD))
                .map(t -> t.entity().getId()).toList();
    }

    /** Writes every notice into {@code folder}, one file per entity, named after it ({@link #fileNames}). */
    void writeInto(Path folder) throws IOException {
        Map<String, List<Finding>> byEntity = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            if (f.getMeasure() != Measure.INSPECTION_LEAD) {
                byEntity.computeIfAbsent(f.getEntityId(), id -> new ArrayList<>()).add(f);
            }
        }
        List<String> ids = entityIds();
        Map<String, String> names = fileNames(ids);
        for (String id : ids) {
            try (OutputStream out = Files.newOutputStream(folder.resolve(names.get(id)))) {
                write(entities.get(id), byEntity.get(id), out);
            }
        }
    }

    /**
     * The file of each entity's notice: its id with the characters a file name cannot hold replaced by '_', and a
     * number added where two ids would share a name.
     */
    static Map<String, String> fileNames(List<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String id : ids) {
            String base = id.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceFirst("^\\.", "_");
            String name = base + ".docx";
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "-" + n + ".docx";
            }
            names.put(id, name);
        }
        return names;
    }

    /** One entity's notice. */
    void write(Entity entity, List<Finding> findings, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(words.text("Notice of enforcement measures") + ": "
                    + entity.getName());
            doc.getProperties().getCoreProperties().setCreator("mining-audit " + provenance.version());
            landscape(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, words.text("Notice of enforcement measures"), true, 16);
            line(doc, words.text("Case"), provenance.caseId() + " — " + provenance.title());
            line(doc, words.text("As of"), provenance.asOf().toString());
            line(doc, words.text("Entity"), entity.getName() + " (" + entity.getId() + ")");
            line(doc, words.text("Kind"), words.label(entity.getKind()));
            line(doc, words.text("Province"), words.label(entity.getProvince())
                    + (entity.getCity() == null ? "" : ", " + entity.getCity()));

            List<Finding> unit = findings.stream().filter(f -> f.getSubjectType() != SubjectType.PERSON).toList();
            List<Finding> people = findings.stream().filter(f -> f.getSubjectType() == SubjectType.PERSON).toList();
            heading(doc, words.text("Measures"));
            measures(doc, unit);
            total(doc, unit, entity);
            heading(doc, words.text("How each amount was computed"));
            for (Finding f : unit) {
                computation(doc, f);
            }
            if (!people.isEmpty()) {
                heading(doc, words.text("Persons of the unit"));
                XWPFParagraph note = doc.createParagraph();
                run(note, words.text("These measures concern persons of the unit; what they owe is due from them and"
                        + " is not in the unit's total."), false, 10);
                personTable(doc, people);
            }
            XWPFParagraph foot = doc.createParagraph();
            run(foot, words.text("Generated by") + " mining-audit " + provenance.version() + ", "
                    + provenance.generatedAtText() + "; " + words.text("Rules SHA-256") + " "
                    + provenance.rulesSha256(), false, 8);
            doc.write(out);
        }
    }

    private void measures(XWPFDocument doc, List<Finding> unit) {
        List<String> headers = List.of("Measure", "Basis", "Amount (CNY)", "Quantity", "Period from", "Period to",
                "Finding ID");
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : unit) {
            rows.add(List.of(words.label(f.getMeasure()), words.basis(f.getRuleId(), f.getBasis()),
                    money(f.getAmountCny()), f.getQuantity() == null ? "" : f.getQuantity().stripTrailingZeros()
                            .toPlainString() + " " + words.code(f.getUnit()),
                    day(f.getPeriodFrom()), day(f.getPeriodTo()), f.getId()));
        }
        table(doc, headers, rows);
    }

    private void total(XWPFDocument doc, List<Finding> unit, Entity entity) {
        BigDecimal due = BigDecimal.ZERO.setScale(2);
        List<String> parts = new ArrayList<>();
        for (Finding f : unit) {
            if (DUE.contains(f.getMeasure()) && f.getAmountCny() != null) {
                due = due.add(f.getAmountCny());
                parts.add(money(f.getAmountCny()));
            }
        }
        XWPFParagraph p = doc.createParagraph();
        run(p, words.text("Total due") + ": " + money(due) + " " + words.text("CNY"), true, 12);
        if (parts.size() > 1) {
            run(p, "  (" + String.join(" + ", parts) + ")", false, 10);
        }
        long stopped = result.dataIssues().stream().filter(i -> !i.getNotComputed().isEmpty())
                .filter(i -> entity.getId().equals(owners.entityOf(i))).count();
        if (stopped > 0) {
            XWPFParagraph note = doc.createParagraph();
            run(note, stopped + " " + words.text("data issues stopped amounts of this unit: they are not computed"
                    + " and not in the total."), true, 10);
        }
        XWPFParagraph deadlines = doc.createParagraph();
        unit.stream().filter(f -> f.getMeasure() == Measure.REMEDIATION_ORDER && f.getPeriodTo() != null)
                .map(Finding::getPeriodTo).min(LocalDate::compareTo).ifPresent(d -> run(deadlines,
                        words.text("Earliest deadline") + ": " + d, true, 11));
    }

    /** How one finding's amount or quantity was come to: its explanation, and its lines or runs of days. */
    private void computation(XWPFDocument doc, Finding f) {
        XWPFParagraph p = doc.createParagraph();
        run(p, words.label(f.getMeasure()) + " (" + f.getId() + ")", true, 11);
        XWPFParagraph text = doc.createParagraph();
        run(text, words.explanation(f), false, 10);
        if (f.getMeasure() == Measure.PUNITIVE_SURCHARGE) {
            List<SurchargeLine> lines = result.surchargeLines().stream()
                    .filter(l -> l.getAccountId().equals(f.getSubjectId()) && l.getRuleId().equals(f.getRuleId()))
                    .toList();
            table(doc, List.of("Period from", "Period to", "Days in line", "Cycle from", "Cycle to", "Cycle kWh",
                    "Cycle days", "kWh", "Rate (CNY/kWh)", "Surcharge (CNY)"), lines.stream().map(l -> List.of(
                    day(l.getFirstDay()), day(l.getLastDay()), Long.toString(l.getDaysInLine()),
                    day(l.getCycle().getFrom()), day(l.getCycle().getTo()), kwh(l.getCycle().getKwh()),
                    Long.toString(l.getCycle().getPeriod().days()), kwh(l.getKwh()),
                    l.getRateCnyPerKwh().toPlainString(), money(l.getAmountCny()))).toList());
        } else if (f.getMeasure() == Measure.BACK_PAYMENT) {
            List<BackPaymentRun> runs = result.backPaymentRuns().stream()
                    .filter(r -> r.getAccountId().equals(f.getSubjectId())).toList();
            table(doc, List.of("Period from", "Period to", "kWh", "Catalogue rate (CNY/kWh)", "Billed rate (CNY/kWh)",
                    "Difference (CNY/kWh)", "Amount (CNY)"), runs.stream().map(r -> List.of(day(r.getFirstDay()),
                    day(r.getLastDay()), kwh(r.getKwh()), r.getCatalogueRateCnyPerKwh().toPlainString(),
                    r.getBilledRateCnyPerKwh().toPlainString(), r.getDifferenceCnyPerKwh().toPlainString(),
                    exact(r.getAmountCny()))).toList());
        }
    }

    private void personTable(XWPFDocument doc, List<Finding> people) {
        table(doc, List.of("Person ID", "Name", "Role", "Measure", "Amount (CNY)", "Basis"), people.stream().map(f -> {
            Person p = persons.get(f.getSubjectId());
            return List.of(f.getSubjectId(), p == null ? "" : p.getName(), p == null ? "" : words.label(p.getRole()),
                    words.label(f.getMeasure()), money(f.getAmountCny()), words.basis(f.getRuleId(), f.getBasis()));
        }).toList());
    }

    // ---- the document's parts ----

    /** A4 in landscape with 2 cm margins: the tables of lines and runs have up to ten columns. */
    private static void landscape(XWPFDocument doc) {
        var section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(java.math.BigInteger.valueOf(16838));
        size.setH(java.math.BigInteger.valueOf(11906));
        size.setOrient(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        java.math.BigInteger twoCm = java.math.BigInteger.valueOf(1134);
        margins.setTop(twoCm);
        margins.setBottom(twoCm);
        margins.setLeft(twoCm);
        margins.setRight(twoCm);
    }

    private void table(XWPFDocument doc, List<String> headers, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < headers.size(); c++) {
            cell(head.getCell(c).getParagraphs().get(0), words.text(headers.get(c)), true);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < headers.size(); c++) {
                cell(table.getRow(r + 1).getCell(c).getParagraphs().get(0), rows.get(r).get(c), false);
            }
        }
        doc.createParagraph();
    }

    private static void cell(XWPFParagraph p, String text, boolean bold) {
        run(p, text, bold, 9);
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(200);
        run(p, text, true, 13);
    }

    private static void line(XWPFDocument doc, String label, String value) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(0);
        run(p, label + ": ", true, 11);
        run(p, value, false, 11);
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun r = p.createRun();
        r.setText(text == null ? "" : text);
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily("Noto Sans CJK SC");
        return r;
    }

    private static String day(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : format("#,##0.00", amount.setScale(2, RoundingMode.UNNECESSARY));
    }

    private static String exact(BigDecimal amount) {
        return format("#,##0.0000", amount.setScale(4, RoundingMode.HALF_UP));
    }

    private static String kwh(BigDecimal kwh) {
        return format("#,##0.000", kwh);
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }
}
