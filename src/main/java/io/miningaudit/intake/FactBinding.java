package io.miningaudit.intake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.miningaudit.facts.Account;
import io.miningaudit.facts.CaseInfo;
import io.miningaudit.facts.CatalogueRate;
import io.miningaudit.facts.Consumption;
import io.miningaudit.facts.DailyReading;
import io.miningaudit.facts.DetectionSource;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.IpDetection;
import io.miningaudit.facts.Machine;
import io.miningaudit.facts.Person;
import io.miningaudit.facts.Province;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The one way a record's typed values become a fact: each table has its fact type, and {@link #bind} makes it. The
 * tables held whole bind through Jackson from the field names; the streamed tables, millions of records, are
 * built field by field, which is several times quicker than Jackson's conversion and makes the same facts.
 */
final class FactBinding {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The fact type of each table. */
    private static final Map<String, Class<?>> TYPES = Map.of(
            CaseSchema.CASE, CaseInfo.class,
            "entities", Entity.class,
            "ipDetections", IpDetection.class,
            "inspections", Inspection.class,
            "machines", Machine.class,
            "persons", Person.class,
            "accounts", Account.class,
            "consumption", Consumption.class,
            "catalogueRates", CatalogueRate.class,
            "dailyReadings", DailyReading.class);

    private FactBinding() {
    }

    /** The fact of a table's record, from its typed values. */
    static <T> T bind(String table, Map<String, Object> values, Class<T> type) {
        if (!type.equals(TYPES.get(table))) {
            throw new IllegalArgumentException("table " + table + " binds to " + TYPES.get(table) + ", not " + type);
        }
        Object fact = switch (table) {
            case "ipDetections" -> detection(values);
            case "consumption" -> consumption(values);
            case "dailyReadings" -> reading(values);
            default -> MAPPER.convertValue(values, type);
        };
        return type.cast(fact);
    }

    static <T> List<T> bindAll(String table, List<TypedRecord> records, Class<T> type) {
        return records.stream().map(t -> bind(table, t.values(), type)).toList();
    }

    private static IpDetection detection(Map<String, Object> t) {
        return IpDetection.builder()
                .id((String) t.get("id"))
                .ip((String) t.get("ip"))
                .province(Province.valueOf((String) t.get("province")))
                .detectedOn((LocalDate) t.get("detectedOn"))
                .source(DetectionSource.valueOf((String) t.get("source")))
                .entityId((String) t.get("entityId"))
                .coin((String) t.get("coin"))
                .build();
    }

    private static DailyReading reading(Map<String, Object> t) {
        return DailyReading.builder().accountId((String) t.get("accountId")).date((LocalDate) t.get("date"))
                .kwh((BigDecimal) t.get("kwh")).build();
    }

    private static Consumption consumption(Map<String, Object> t) {
        return Consumption.builder().accountId((String) t.get("accountId"))
                .from((LocalDate) t.get("from")).to((LocalDate) t.get("to")).kwh((BigDecimal) t.get("kwh"))
                .build();
    }
}
