package io.miningaudit.intake;

import io.miningaudit.facts.Account;
import io.miningaudit.facts.CaseInfo;
import io.miningaudit.facts.CatalogueRate;
import io.miningaudit.facts.Consumption;
import io.miningaudit.facts.DailyReading;
import io.miningaudit.facts.DetectionSource;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.EntityKind;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.InspectionOutcome;
import io.miningaudit.facts.IpDetection;
import io.miningaudit.facts.Machine;
import io.miningaudit.facts.MachineKind;
import io.miningaudit.facts.MiningCause;
import io.miningaudit.facts.Person;
import io.miningaudit.facts.PersonRole;
import io.miningaudit.facts.Preference;
import io.miningaudit.facts.Province;
import io.miningaudit.facts.TariffCategory;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The tables and fields of FACTS.md: names, types, what is required and what each value must satisfy. */
public final class CaseSchema {
    public static final String CASE = "case";

    /** A field's type, as FACTS.md names it. */
    public enum Type { STRING, ID, REF, DATE, DECIMAL, BOOL, ENUM, ENUM_LIST }

    /** A further check on a value once it has its type. */
    public enum Check { NONE, NON_NEGATIVE, POSITIVE, IP_ADDRESS, CREDIT_CODE, CASE_ID, NOT_AFTER_AS_OF }

    /** The most characters a text may have (FACTS.md, "Bad data"). */
    public static final int MAX_TEXT = 1_000;
    /** The most characters an id, a name, a team or a coin may have. */
    public static final int MAX_SHORT_TEXT = 100;
    /** The most characters a case id may have: it is part of the report files' names. */
    public static final int MAX_CASE_ID = 64;
    /** A decimal may be at most 10^12 in size … */
    public static final int MAX_DECIMAL_DIGITS = 12;
    /** … and at most 10^-9 in precision. */
    public static final int MAX_DECIMAL_SCALE = 9;
    /** The first and the last day a case may hold. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);
    /** The day of Bitcoin's first block: no mining began before it. */
    public static final LocalDate GENESIS = LocalDate.of(2009, 1, 3);

    /**
     * One field of a table. {@code maxLength} bounds its text in any type; {@code earliest} is the first day a date
     * may name.
     */
    public record Field(String name, Type type, boolean required, Class<? extends Enum<?>> enumType, String refTable,
                        Check check, int maxLength, LocalDate earliest) {
        Field(String name, Type type, boolean required, Class<? extends Enum<?>> enumType, String refTable,
                Check check) {
            this(name, type, required, enumType, refTable, check,
                    type == Type.ID || type == Type.REF ? MAX_SHORT_TEXT : MAX_TEXT, FIRST_DAY);
        }

        public List<String> enumValues() {
            return enumType == null ? List.of()
                    : java.util.Arrays.stream(enumType.getEnumConstants()).map(Enum::name).toList();
        }

        /** The same field with its text bounded by {@code max} characters. */
        Field atMost(int max) {
            return new Field(name, type, required, enumType, refTable, check, max, earliest);
        }

        /** The same date field, not before {@code day}. */
        Field notBefore(LocalDate day) {
            return new Field(name, type, required, enumType, refTable, check, maxLength, day);
        }
    }

    /** One table: its name, the fact it becomes, whether it holds a single record, and its fields in order. */
    /** @param byName the fields by name: a lookup for every value read, millions of them in a large case */
    public record Table(String name, Class<?> factType, boolean single, List<Field> fields, Map<String, Field> byName) {
        Table(String name, Class<?> factType, boolean single, List<Field> fields) {
            this(name, factType, single, fields, index(fields));
        }

        private static Map<String, Field> index(List<Field> fields) {
            Map<String, Field> byName = new HashMap<>();
            fields.forEach(f -> byName.putIfAbsent(f.name(), f));
            return Map.copyOf(byName);
        }

        public Optional<Field> field(String fieldName) {
            return Optional.ofNullable(byName.get(fieldName));
        }

        public List<String> fieldNames() {
            return fields.stream().map(Field::name).toList();
        }
    }

    private static final Map<String, Table> TABLES = new LinkedHashMap<>();
    private static final Map<String, String> MEANINGS = new LinkedHashMap<>();

    static {
        String[][] meanings = {
            {"case.id", "the case's name, used in report file names (letters, digits, - and _)"},
            {"case.title", "shown on the report"},
            {"case.asOf", "the audit's reference date; the command line's --as-of overrides it; with neither, today"},
            {"entities.kind", "the first three kinds are public units"},
            {"entities.creditCode", "18-character Unified Social Credit Code (GB 32100-2015)"},
            {"entities.dataCenter", "operates or is registered as a data centre"},
            {"entities.preferences", "preferential treatment it enjoys now; several separated by ;"},
            {"ipDetections.ip", "an IPv4 or IPv6 address"},
            {"ipDetections.province", "where the address is located"},
            {"ipDetections.entityId", "the owner, once a carrier has identified it; empty = not yet attributed"},
            {"ipDetections.coin", "e.g. BTC, ETH, XMR"},
            {"inspections.entityId", "the unit inspected"},
            {"inspections.cause", "SELF_INITIATED (deliberate) or TROJAN_INFECTION; required when mining was found, "
                    + "empty otherwise"},
            {"inspections.miningStartedOn", "when the mining began, if established"},
            {"inspections.miningEndedOn", "when it stopped; empty = still running at the inspection"},
            {"inspections.team", "e.g. a joint inspection team, or self-check"},
            {"machines.inspectionId", "the inspection that found it"},
            {"machines.powerWatts", "greater than 0"},
            {"machines.accountId", "the electricity account that powered it"},
            {"persons.entityId", "the unit the person works for, or the person's own entity"},
            {"persons.inspectionId", "the case the person was involved in"},
            {"persons.role", "OPERATOR ran the machines, ORGANIZER arranged or financed it, PROTECTOR shielded it"},
            {"persons.publicEmployee", "works in a public unit or the civil service"},
            {"persons.illegalGainsCny", "what the person earned from the mining, 0 or more"},
            {"accounts.id", "the account number (户号)"},
            {"accounts.category", "the tariff category it is billed under"},
            {"accounts.billedRateCnyPerKwh", "the rate it is billed at, 0 or more"},
            {"accounts.marketTrading", "buys in the electricity market"},
            {"consumption.from", "first day of the meter-reading cycle"},
            {"consumption.to", "last day, inclusive, not before from"},
            {"consumption.kwh", "consumption over the cycle, 0 or more"},
            {"catalogueRates.to", "inclusive; empty = still in force"},
            {"dailyReadings.accountId", "the account read (every account, not only the suspects')"},
            {"dailyReadings.date", "the day read; one reading an account a day"},
            {"dailyReadings.kwh", "consumption on that day, 0 or more"},
            {"catalogueRates.rateCnyPerKwh", "the published rate, 0 or more"},
        };
        for (String[] m : meanings) {
            MEANINGS.put(m[0], m[1]);
        }
    }

    /** What a field means, as FACTS.md says, or an empty text. */
    public static String meaning(String table, String field) {
        return MEANINGS.getOrDefault(table + "." + field, "");
    }

    static {
        table(CASE, CaseInfo.class, true,
                f("id", Type.STRING, true, Check.CASE_ID).atMost(MAX_CASE_ID),
                f("title", Type.STRING, false),
                f("asOf", Type.DATE, false));
        table("entities", Entity.class, false,
                f("id", Type.ID, true),
                f("name", Type.STRING, true).atMost(MAX_SHORT_TEXT),
                e("kind", EntityKind.class, true),
                e("province", Province.class, true),
                f("city", Type.STRING, false),
                f("creditCode", Type.STRING, false, Check.CREDIT_CODE),
                f("dataCenter", Type.BOOL, false),
                new Field("preferences", Type.ENUM_LIST, false, Preference.class, null, Check.NONE));
        table("ipDetections", IpDetection.class, false,
                f("id", Type.ID, true),
                f("ip", Type.STRING, true, Check.IP_ADDRESS),
                e("province", Province.class, true),
                f("detectedOn", Type.DATE, true, Check.NOT_AFTER_AS_OF),
                e("source", DetectionSource.class, true),
                ref("entityId", "entities", false),
                f("coin", Type.STRING, false).atMost(MAX_SHORT_TEXT));
        table("inspections", Inspection.class, false,
                f("id", Type.ID, true),
                ref("entityId", "entities", true),
                f("date", Type.DATE, true, Check.NOT_AFTER_AS_OF),
                e("outcome", InspectionOutcome.class, true),
                e("cause", MiningCause.class, false),
                f("miningStartedOn", Type.DATE, false, Check.NOT_AFTER_AS_OF).notBefore(GENESIS),
                f("miningEndedOn", Type.DATE, false, Check.NOT_AFTER_AS_OF),
                f("team", Type.STRING, false).atMost(MAX_SHORT_TEXT));
        table("machines", Machine.class, false,
                f("id", Type.ID, true),
                ref("inspectionId", "inspections", true),
                e("kind", MachineKind.class, true),
                f("coin", Type.STRING, false).atMost(MAX_SHORT_TEXT),
                f("powerWatts", Type.DECIMAL, false, Check.POSITIVE),
                ref("accountId", "accounts", false));
        table("persons", Person.class, false,
                f("id", Type.ID, true),
                f("name", Type.STRING, true).atMost(MAX_SHORT_TEXT),
                ref("entityId", "entities", true),
                ref("inspectionId", "inspections", true),
                e("role", PersonRole.class, true),
                f("publicEmployee", Type.BOOL, false),
                f("partyMember", Type.BOOL, false),
                f("illegalGainsCny", Type.DECIMAL, false, Check.NON_NEGATIVE));
        table("accounts", Account.class, false,
                f("id", Type.ID, true),
                ref("entityId", "entities", true),
                e("province", Province.class, true),
                e("category", TariffCategory.class, true),
                f("billedRateCnyPerKwh", Type.DECIMAL, true, Check.NON_NEGATIVE),
                f("marketTrading", Type.BOOL, false));
        table("consumption", Consumption.class, false,
                ref("accountId", "accounts", true),
                f("from", Type.DATE, true, Check.NOT_AFTER_AS_OF),
                f("to", Type.DATE, true, Check.NOT_AFTER_AS_OF),
                f("kwh", Type.DECIMAL, true, Check.NON_NEGATIVE));
        // A published tariff may stay in force past the as-of date, so only its start is checked against it.
        table("catalogueRates", CatalogueRate.class, false,
                e("province", Province.class, true),
                e("category", TariffCategory.class, true),
                f("from", Type.DATE, true, Check.NOT_AFTER_AS_OF),
                f("to", Type.DATE, false),
                f("rateCnyPerKwh", Type.DECIMAL, true, Check.NON_NEGATIVE));
        table("dailyReadings", DailyReading.class, false,
                ref("accountId", "accounts", true),
                f("date", Type.DATE, true, Check.NOT_AFTER_AS_OF),
                f("kwh", Type.DECIMAL, true, Check.NON_NEGATIVE));
    }

    private CaseSchema() {
    }

    public static List<Table> tables() {
        return List.copyOf(TABLES.values());
    }

    public static Set<String> tableNames() {
        return TABLES.keySet();
    }

    public static boolean isTable(String name) {
        return TABLES.containsKey(name);
    }

    public static Table table(String name) {
        Table t = TABLES.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no table " + name);
        }
        return t;
    }

    private static void table(String name, Class<?> type, boolean single, Field... fields) {
        TABLES.put(name, new Table(name, type, single, List.of(fields)));
    }

    private static Field f(String name, Type type, boolean required) {
        return f(name, type, required, Check.NONE);
    }

    private static Field f(String name, Type type, boolean required, Check check) {
        return new Field(name, type, required, null, null, check);
    }

    private static Field e(String name, Class<? extends Enum<?>> type, boolean required) {
        return new Field(name, Type.ENUM, required, type, null, Check.NONE);
    }

    private static Field ref(String name, String table, boolean required) {
        return new Field(name, Type.REF, required, null, table, Check.NONE);
    }
}
