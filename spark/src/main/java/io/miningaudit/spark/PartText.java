package io.miningaudit.spark;

import java.io.Serializable;

/** One part of a case, numbered, in the JSON form of FACTS.md: what the driver sends an executor. */
record PartText(int index, String json) implements Serializable {
}
