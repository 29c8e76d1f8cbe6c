package io.miningaudit.engine.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    private final NaturalOrder order = NaturalOrder.INSTANCE;

    @Test
    void digitRunsCompareByValue() {
        assertThat(order.compare("E-2", "E-10")).isNegative();
        assertThat(order.compare("E-10", "E-2")).isPositive();
        assertThat(order.compare("E-9", "E-10")).isNegative();
        assertThat(order.compare("NDRC-1283-6", "NDRC-1283-11")).isNegative();
        assertThat(order.compare("x99999999999999999999", "x100000000000000000000")).isNegative();
    }

    @Test
    void leadingZerosDoNotChangeTheValue() {
        assertThat(order.compare("E-010", "E-9")).isPositive();
        assertThat(order.compare("E-007", "E-10")).isNegative();
        assertThat(order.compare("E-002", "E-3")).isNegative();
    }

    @Test
    void equalValuesWithDifferentZerosAreStillDistinctAndConsistent() {
        assertThat(order.compare("E-02", "E-2")).isNotZero();
        assertThat(Integer.signum(order.compare("E-02", "E-2"))).isEqualTo(-Integer.signum(order.compare("E-2", "E-02")));
        assertThat(order.compare("0", "00")).isNotZero();
        assertThat(order.compare("E-2", "E-2")).isZero();
    }

    @Test
    void plainTextComparesByCharacters() {
        assertThat(order.compare("abc", "abd")).isNegative();
        assertThat(order.compare("ab", "abc")).isNegative();
        assertThat(order.compare("abc", "ab")).isPositive();
        assertThat(order.compare("B", "a")).isNegative();
        assertThat(order.compare("", "a")).isNegative();
        assertThat(order.compare("same", "same")).isZero();
    }

    @Test
    void sortsAListAsAPersonWould() {
        List<String> ids = new ArrayList<>(List.of("E-10", "E-2", "E-1", "E-02", "D-100", "E-1a", "E-1b"));

        ids.sort(order);

        assertThat(ids).containsExactly("D-100", "E-1", "E-1a", "E-1b", "E-02", "E-2", "E-10");
    }

    @Test
    void numbersInsideLongerIdentifiers() {
        List<String> ids = new ArrayList<>(List.of("ZJ-M010", "ZJ-M002", "ZJ-M001", "ZJ-U2-P10", "ZJ-U2-P9", "ZJ-U10-P1"));

        ids.sort(order);

        assertThat(ids).containsExactly("ZJ-M001", "ZJ-M002", "ZJ-M010", "ZJ-U2-P9", "ZJ-U2-P10", "ZJ-U10-P1");
    }
}
