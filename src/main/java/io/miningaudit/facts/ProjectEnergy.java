package io.miningaudit.facts;

import java.math.BigDecimal;
import java.util.List;
import lombok.NonNull;
import lombok.Value;

/**
 * The energy a new mining project used in its window: the accounts its machines name, the cycles of theirs that
 * overlap the window, and the pro-rated kWh, shown to 3 decimals, once and counted twice (each rounded from the exact
 * figure). It can be computed when the project names an account and every account has a cycle in the window.
 */
@Value
public class ProjectEnergy {
    @NonNull Project project;
    /** The accounts the project's machines name, in natural order. */
    @NonNull List<String> accountIds;
    /** The accounts without a consumption cycle in the window, in natural order. */
    @NonNull List<String> accountsWithoutConsumption;
    int cycleCount;
    @NonNull BigDecimal kwh;
    @NonNull BigDecimal doubleCountedKwh;

    public String getInspectionId() {
        return project.getInspectionId();
    }

    /** Whether no machine of the project names an account. */
    public boolean isWithoutAccount() {
        return accountIds.isEmpty();
    }

    public boolean isComputable() {
        return !accountIds.isEmpty() && accountsWithoutConsumption.isEmpty();
    }
}
