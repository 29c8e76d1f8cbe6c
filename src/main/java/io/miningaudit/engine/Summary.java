package io.miningaudit.engine;

import io.miningaudit.facts.Province;
import java.util.Map;

/** The Summary table: a row per province with anything to show, in FACTS.md order, and the total. */
public record Summary(Map<Province, Counts> byProvince, Counts total) {
}
