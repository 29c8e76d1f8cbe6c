package io.miningaudit.engine;

import io.miningaudit.facts.Finding;
import java.time.LocalDate;

/** An inspection lead with its rank: 1 is inspected first. */
public record Lead(int priority, String entityId, boolean publicUnit, long distinctIps, LocalDate firstDetected,
                   LocalDate lastDetected, Finding finding) {
}
