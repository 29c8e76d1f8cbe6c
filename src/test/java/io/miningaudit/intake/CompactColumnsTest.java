package io.miningaudit.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.miningaudit.facts.DetectionSource;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.EntityKind;
import io.miningaudit.facts.IpAddress;
import io.miningaudit.facts.IpDetection;
import io.miningaudit.facts.IpDetectionColumns;
import io.miningaudit.facts.Province;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    @Test
    void detectionColumnsReadWithoutMakingTheDetectionAgreeWithTheDetection() {
        Entity owner = Entity.builder().id("E1").name("A firm").kind(EntityKind.PRIVATE_ENTERPRISE)
                .province(Province.Zhejiang).build();
        DetectionColumns columns = new DetectionColumns(List.of(owner), Map.of("E1", 0));
        IpDetection attributed = IpDetection.builder().id("D1").ip(IpAddress.parse("::ffff:198.18.0.1"))
                .province(Province.Sichuan).detectedOn(LocalDate.of(2021, 7, 1)).source(DetectionSource.CNCERT)
                .entityId("E1").coin("BTC").build();
        IpDetection unattributed = IpDetection.builder().id("D2").ip(IpAddress.parse("2001:db8::1"))
                .province(Province.Hainan).detectedOn(LocalDate.of(2021, 7, 2)).source(DetectionSource.CNCERT)
                .build();
        columns.append(attributed);
        columns.append(unattributed);

        assertThat(columns).containsExactly(attributed, unattributed);
        for (IpDetectionColumns view : List.of(columns, IpDetectionColumns.of(List.of(attributed, unattributed)))) {
            assertThat(view.entityIdAt(0)).isEqualTo("E1");
            assertThat(view.entityIdAt(1)).isNull();
            assertThat(view.ipAt(0)).isEqualTo(IpAddress.parse("198.18.0.1"));
            assertThat(view.ipAt(1)).isEqualTo(IpAddress.parse("2001:db8:0::1"));
            assertThat(view.provinceAt(1)).isEqualTo(Province.Hainan);
        }
        assertThat(IpDetectionColumns.of(columns)).isSameAs(columns);
        assertThatThrownBy(() -> columns.entityIdAt(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
