package io.miningaudit.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The compact stores under the streamed tables give back exactly what went in. */
class CompactColumnsTest {

    @Test
    void textColumnKeepsEveryStringAcrossPagesIncludingOneLongerThanAPage() {
        TextColumn column = new TextColumn();
        String huge = "x".repeat((1 << 20) + 10);
        for (int i = 0; i < 200_000; i++) {
            column.add("G-D" + i);
        }
        int unicode = column.add("矿机-\u00e9");
        int empty = column.add("");
        int big = column.add(huge);
        int after = column.add("after");

        assertThat(column.get(0)).isEqualTo("G-D0");
        assertThat(column.get(199_999)).isEqualTo("G-D199999");
        assertThat(column.get(unicode)).isEqualTo("矿机-\u00e9");
        assertThat(column.get(empty)).isEmpty();
        assertThat(column.get(big)).isEqualTo(huge);
        assertThat(column.get(after)).isEqualTo("after");
        assertThatThrownBy(() -> column.get(after + 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void idIndexTellsTheFirstUseOfADuplicateAmongAMillionIds() {
        IdIndex index = new IdIndex();
        for (int i = 0; i < 1_000_000; i++) {
            assertThat(index.add("D" + i, new Location.Text("case.json", i + 2, 12))).isEqualTo(-1);
        }
        int first = index.add("D123456", new Location.Text("case.json", 9, 9));

        assertThat(first).isEqualTo(123_456);
        assertThat(index.location(first)).hasToString("case.json:123458:12");
        assertThat(index.add("D1000000", new Location.Text("case.json", 1, 1))).isEqualTo(-1);
        assertThat(index.size()).isEqualTo(1_000_001);
    }

    @Test
    void compactLocationsKeepSheetsAndFiles() {
        CompactLocations locations = new CompactLocations();
        int a = locations.add(new Location.Cell("case.xlsx", 3, "ipDetections (2)", 1_048_575, 4));
        int b = locations.add(new Location.Text("case/consumption.csv", 77, 0));

        assertThat(locations.get(a)).hasToString("case.xlsx › ipDetections (2) › E1048576");
        assertThat(locations.get(b)).hasToString("case/consumption.csv:77");
    }
}
