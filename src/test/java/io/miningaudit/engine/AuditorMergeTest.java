package io.miningaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The parts' sorted results merge into what one stable sort of them all gives, ties in the parts' order. */
class AuditorMergeTest {
    private record Item(int key, String label) {
    }

    private static final Comparator<Item> BY_KEY = Comparator.comparingInt(Item::key);

    @Test
    void mergingSortedPartsIsOneStableSortOfTheirConcatenation() {
        Random random = new Random(5);
        List<List<Item>> parts = new ArrayList<>();
        List<Item> all = new ArrayList<>();
        for (int p = 0; p < 7; p++) {
            List<Item> part = new ArrayList<>();
            int n = 5 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                part.add(new Item(random.nextInt(10), p + "/" + i));
            }
            all.addAll(part);
            part.sort(BY_KEY);
            parts.add(part);
        }
        parts.add(List.of());
        all.sort(BY_KEY);

        assertThat(all).hasSizeGreaterThan(50);
        assertThat(Auditor.merge(parts, BY_KEY)).containsExactlyElementsOf(all);
    }

    @Test
    void partsInSequenceAreConcatenatedTiesAcrossThemInTheirOrder() {
        List<List<Item>> parts = List.of(List.of(new Item(1, "a"), new Item(2, "b")), List.of(),
                List.of(new Item(2, "c"), new Item(3, "d")), List.of(new Item(5, "e")));

        assertThat(Auditor.merge(parts, BY_KEY)).extracting(Item::label).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void nearMissAPartThatStartsBeforeTheLastOneEndsIsMergedNotConcatenated() {
        List<List<Item>> parts = List.of(List.of(new Item(1, "a"), new Item(4, "b")), List.of(),
                List.of(new Item(3, "c"), new Item(5, "d")));

        assertThat(Auditor.merge(parts, BY_KEY)).extracting(Item::label).containsExactly("a", "c", "b", "d");
    }

    @Test
    void nearMissNoPartsOrEmptyPartsMergeToNothing() {
        assertThat(Auditor.merge(List.<List<Item>>of(), BY_KEY)).isEmpty();
        assertThat(Auditor.merge(List.of(List.<Item>of(), List.<Item>of()), BY_KEY)).isEmpty();
        assertThat(Auditor.merge(List.of(List.of(new Item(2, "b")), List.of(new Item(1, "a"), new Item(2, "c"))),
                BY_KEY)).extracting(Item::label).containsExactly("a", "b", "c");
    }
}
