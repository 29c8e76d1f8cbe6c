package io.miningaudit.intake;

import io.miningaudit.facts.Account;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.CaseInfo;
import io.miningaudit.facts.CatalogueRate;
import io.miningaudit.facts.Consumption;
import io.miningaudit.facts.DailyReading;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.IpDetection;
import io.miningaudit.facts.Machine;
import io.miningaudit.facts.Person;
import io.miningaudit.intake.CaseSchema.Table;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a case in two passes and makes its facts: the tables held whole first, typed ({@link RecordTyper}), checked
 * across records ({@link CaseChecks}) and bound ({@link FactBinding}); then the large tables, streamed through the
 * same typing and checks into compact columns. Every problem is collected; a case with any problem is rejected whole.
 */
final class CaseBinder {
    private final CaseSource source;
    private final LocalDate asOfOverride;
    private final LocalDate today;
    /** Days of readings kept, ending on the as-of date; 0 keeps all. */
    private final int readingDays;
    private final List<Problem> problems = new ArrayList<>();
    private final RecordTyper typer = new RecordTyper(problems);

    CaseBinder(CaseSource source, LocalDate asOfOverride, LocalDate today, int readingDays) {
        this.source = source;
        this.readingDays = readingDays;
        this.asOfOverride = asOfOverride;
        this.today = today;
    }

    /**
     * Reads the tables other than the streamed ones whole and checks them; then streams the large tables through
     * the checks of one record into compact columns ({@link DetectionColumns}, {@link ConsumptionColumns},
     * {@link ReadingColumns}).
     */
    CaseFile bind() throws CaseDataException, IOException {
        RawCase raw = source.read(TableFilter.kept(), null);
        problems.addAll(raw.problems());
        if (raw.isUnparseable()) {
            // Records read before the break are partial: checking them would report problems that are not there.
            throw new CaseDataException(raw.file(), problems.stream().sorted().toList());
        }
        Map<String, List<TypedRecord>> typed = new LinkedHashMap<>();
        for (Table table : CaseSchema.tables()) {
            List<TypedRecord> records = new ArrayList<>();
            if (!TableFilter.STREAMED.contains(table.name())) {
                for (RawRecord record : raw.records(table.name())) {
                    records.add(typer.type(table, record));
                }
            }
            typed.put(table.name(), records);
        }
        List<TypedRecord> caseRecords = typed.get(CaseSchema.CASE);
        LocalDate asOf = asOfOverride;
        Location top = raw.top();
        if (caseRecords.isEmpty()) {
            problems.add(new Problem(top, CaseSchema.CASE, raw.has(CaseSchema.CASE) ? "must hold one record"
                    : "required table is missing"));
        } else if (caseRecords.size() > 1) {
            problems.add(new Problem(caseRecords.get(1).raw().location(), CaseSchema.CASE,
                    "must hold one record, not " + caseRecords.size()));
        } else if (asOf == null) {
            asOf = (LocalDate) caseRecords.get(0).get("asOf");
        }
        if (asOf == null) {
            asOf = today;
        }
        if (!raw.has("entities")) {
            problems.add(new Problem(top, "entities", "required table is missing"));
        } else if (raw.records("entities").isEmpty() && problems.stream().noneMatch(p -> "entities".equals(p.path()))) {
            problems.add(new Problem(top, "entities", "must hold at least one record"));
        }
        CaseChecks checks = new CaseChecks(typed, asOf, problems);
        checks.run();

        // The tables held whole are bound now, so that their raw form is gone before the large tables stream in.
        CaseFile.CaseFileBuilder kept = null;
        if (problems.isEmpty()) {
            Map<String, Object> caseValues = new LinkedHashMap<>(caseRecords.get(0).values());
            caseValues.put("asOf", asOf);
            kept = CaseFile.builder()
                    .caseInfo(FactBinding.bind(CaseSchema.CASE, caseValues, CaseInfo.class))
                    .entities(FactBinding.bindAll("entities", typed.get("entities"), Entity.class))
                    .inspections(FactBinding.bindAll("inspections", typed.get("inspections"), Inspection.class))
                    .machines(FactBinding.bindAll("machines", typed.get("machines"), Machine.class))
                    .persons(FactBinding.bindAll("persons", typed.get("persons"), Person.class))
                    .accounts(FactBinding.bindAll("accounts", typed.get("accounts"), Account.class))
                    .catalogueRates(FactBinding.bindAll("catalogueRates", typed.get("catalogueRates"),
                            CatalogueRate.class));
        }
        String file = raw.file();
        typed = null;
        raw = null;

        CaseFile whole = kept == null ? null : kept.build();
        LocalDate keepFrom = readingDays > 0 ? asOf.minusDays(readingDays - 1L) : null;
        Streamed streamed = new Streamed(checks, whole, keepFrom);
        RawCase part = source.read(TableFilter.streamed(), streamed::accept);
        problems.addAll(part.problems());
        if (part.isUnparseable()) {
            throw new CaseDataException(part.file(), problems.stream().sorted().toList());
        }
        checks.finishStreamed();
        if (!problems.isEmpty()) {
            throw new CaseDataException(file, problems.stream().sorted().toList());
        }
        return CaseFile.of(whole.getCaseInfo(), whole.getEntities(), streamed.detections, whole.getInspections(),
                whole.getMachines(), whole.getPersons(), whole.getAccounts(), streamed.consumption,
                whole.getCatalogueRates(), streamed.readings);
    }

    /** The large tables as their records stream in: checked one by one, kept in columns while the case is sound. */
    private final class Streamed {
        private final CaseChecks checks;
        private final DetectionColumns detections;
        private final ConsumptionColumns consumption;
        private final ReadingColumns readings;

        Streamed(CaseChecks checks, CaseFile kept, LocalDate keepFrom) {
            this.checks = checks;
            List<Entity> entities = kept == null ? List.of() : kept.getEntities();
            List<Account> accounts = kept == null ? List.of() : kept.getAccounts();
            this.detections = new DetectionColumns(entities, positions(entities, Entity::getId));
            Map<String, Integer> accountIndex = positions(accounts, Account::getId);
            this.consumption = new ConsumptionColumns(accounts, accountIndex);
            this.readings = new ReadingColumns(accounts, accountIndex, keepFrom);
        }

        void accept(RawRecord record) {
            TypedRecord t = typer.type(CaseSchema.table(record.table()), record);
            checks.streamed(t);
            if (!problems.isEmpty()) {
                // The case will be rejected: its records are checked on but no longer kept.
                return;
            }
            switch (record.table()) {
                case "ipDetections" -> detections.append(FactBinding.bind(record.table(), t.values(),
                        IpDetection.class));
                case "consumption" -> consumption.append(FactBinding.bind(record.table(), t.values(),
                        Consumption.class));
                default -> readings.append(FactBinding.bind(record.table(), t.values(), DailyReading.class));
            }
        }
    }

    private static <T> Map<String, Integer> positions(List<T> records, Function<T, String> id) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            positions.putIfAbsent(id.apply(records.get(i)), i);
        }
        return positions;
    }
}
