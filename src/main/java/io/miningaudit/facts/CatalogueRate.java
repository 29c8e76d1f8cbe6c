package io.miningaudit.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Builder;
import lombok.NonNull;
import lombok.Value;
import lombok.extern.jackson.Jacksonized;

/** A published tariff from the grid company's catalogue; {@code to} null means still in force. */
@Value
@Builder(toBuilder = true)
@Jacksonized
public class CatalogueRate {
    @NonNull Province province;
    @NonNull TariffCategory category;
    @NonNull LocalDate from;
    LocalDate to;
    @NonNull BigDecimal rateCnyPerKwh;

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
