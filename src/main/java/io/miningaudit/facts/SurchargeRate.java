package io.miningaudit.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.NonNull;
import lombok.Value;

/**
 * A row of the surcharge schedule: a punitive surcharge in force in a jurisdiction (the nation, or a province)
 * from a day until a day (both inclusive; no end = open). Rows come from the schedule spreadsheet under
 * {@code rules/}: {@code SurchargeRate.row("NDRC-1283-13").jurisdiction("NATIONAL")...}.
 */
@Value
public class SurchargeRate {
    public static final String NATIONAL = "NATIONAL";

    @NonNull String id;
    /** Null for a national row. */
    Province province;
    @NonNull LocalDate firstDay;
    /** Null while open. */
    LocalDate lastDay;
    @NonNull BigDecimal rateCnyPerKwh;
    @NonNull String basis;

    public boolean isNational() {
        return province == null;
    }

    public String getJurisdiction() {
        return province == null ? NATIONAL : province.name();
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(firstDay) && (lastDay == null || !day.isAfter(lastDay));
    }

    public boolean appliesTo(Province accountProvince) {
        return province == null || province == accountProvince;
    }

    /** Two rows of one jurisdiction whose days overlap. */
    public boolean overlaps(SurchargeRate other) {
        boolean sameJurisdiction = getJurisdiction().equals(other.getJurisdiction());
        boolean startsBeforeOtherEnds = other.lastDay == null || !firstDay.isAfter(other.lastDay);
        boolean otherStartsBeforeThisEnds = lastDay == null || !other.firstDay.isAfter(lastDay);
        return sameJurisdiction && startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    public static Row row(String id) {
        return new Row(id);
    }

    /**
     * A schedule row as a decision table builds it, cell by cell; each value is checked as it is set, so a typo
     * in a cell fails with the value and the field named.
     */
    public static final class Row {
        private final String id;
        private Province province;
        private String jurisdiction;
        private LocalDate firstDay;
        private LocalDate lastDay;
        private BigDecimal rate;

        private Row(String id) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("the row has no id");
            }
            this.id = id.trim();
        }

        public Row jurisdiction(String value) {
            String v = value.trim();
            if (!v.equals(NATIONAL)) {
                try {
                    province = Province.valueOf(v);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("jurisdiction \"" + v + "\" is neither NATIONAL nor a province"
                            + " (" + java.util.Arrays.toString(Province.values()) + ")");
                }
            }
            jurisdiction = v;
            return this;
        }

        public Row from(String value) {
            firstDay = date("from", value);
            return this;
        }

        public Row until(String value) {
            lastDay = date("until", value);
            return this;
        }

        public Row rate(String value) {
            try {
                rate = new BigDecimal(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("rateCnyPerKwh \"" + value + "\" is not a decimal number");
            }
            if (rate.signum() < 0) {
                throw new IllegalArgumentException("rateCnyPerKwh " + value + " is negative");
            }
            return this;
        }

        /** The last cell of a row: the basis; the row is complete. */
        public SurchargeRate basis(String value) {
            if (jurisdiction == null || firstDay == null || rate == null) {
                throw new IllegalArgumentException("row " + id + " needs a jurisdiction, a from date and a rate");
            }
            if (lastDay != null && lastDay.isBefore(firstDay)) {
                throw new IllegalArgumentException("until " + lastDay + " is before from " + firstDay + " in row "
                        + id);
            }
            return new SurchargeRate(id, province, firstDay, lastDay, rate, value.trim());
        }

        private static LocalDate date(String field, String value) {
            try {
                return ExcelDates.parse(value);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(field + " \"" + value + "\" is not a date (YYYY-MM-DD)");
            }
        }
    }
}
