package io.miningaudit.facts;

import java.math.BigDecimal;
import lombok.Builder;
import lombok.NonNull;
import lombok.Value;
import lombok.extern.jackson.Jacksonized;

/** An electricity account (户号) and how it is billed. */
@Value
@Builder
@Jacksonized
public class Account implements java.io.Serializable {
    @NonNull String id;
    @NonNull String entityId;
    @NonNull Province province;
    @NonNull TariffCategory category;
    @NonNull BigDecimal billedRateCnyPerKwh;
    boolean marketTrading;

    /**
     * Billed at the residential or agricultural price, cheaper than the general industrial and commercial one that
     * mining should pay: what the supply rules' back-payment applies to.
     */
    public boolean isOnCheaperTariff() {
        return category == TariffCategory.RESIDENTIAL || category == TariffCategory.AGRICULTURAL;
    }
}
