package io.miningaudit.engine.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RULES.md "Natural order", clause by clause. */
class NaturalOrderTest {
    private final NaturalOrder order = NaturalOrder.INSTANCE;

    @Test
    void aRunOfDigitsComparesAsTheNumberItWrites() {
        assertThat(order.compare("E2", "E10")).isNegative();
        assertThat(order.compare("E-10", "E-2")).isPositive();
        assertThat(order.compare("E-9", "E-10")).isNegative();
        assertThat(order.compare("NDRC-1283-6", "NDRC-1283-11")).isNegative();
        assertThat(order.compare("x99999999999999999999", "x100000000000000000000")).isNegative();
    }

    @Test
    void leadingZerosDoNotChangeTheNumber() {
        assertThat(order.compare("E-010", "E-9")).isPositive();
        assertThat(order.compare("E-007", "E-10")).isNegative();
        assertThat(order.compare("E-002", "E-3")).isNegative();
    }

    @Test
    void onEqualNumbersTheShorterRunComesFirst() {
        assertThat(order.compare("E2", "E02")).isNegative();
        assertThat(order.compare("E02", "E2")).isPositive();
        assertThat(order.compare("0", "00")).isNegative();
        assertThat(order.compare("E02", "E002")).isNegative();
    }

    @Test
    void theShorterRunDecidesBeforeWhatFollowsIt() {
        // Not "equal so far": the runs 2 and 02 already differ, so the letters after them are not compared.
        assertThat(order.compare("E2b", "E02a")).isNegative();
        assertThat(order.compare("E02a", "E2b")).isPositive();
    }

    @Test
    void nearMissEqualRunsOfEqualLengthGoOnToTheNextCharacter() {
        assertThat(order.compare("E02a", "E02b")).isNegative();
        assertThat(order.compare("E2", "E2")).isZero();
    }

    @Test
    void onlyAsciiDigitsMakeARun() {
        // Fullwidth digits are other characters: by code point, '２' (U+FF12) comes after '１' (U+FF11), so "E２" after
        // "E１０", where the numbers would put 2 first.
        assertThat(order.compare("E\uFF12", "E\uFF11\uFF10")).isPositive();
        // An ASCII digit against a fullwidth one: by code point, '9' (U+0039) first.
        assertThat(order.compare("E9", "E\uFF11")).isNegative();
        // Arabic-Indic digits likewise: '٢' (U+0662) after '١' (U+0661).
        assertThat(order.compare("E\u0662", "E\u0661\u0660")).isPositive();
    }

    @Test
    void otherCharactersCompareByCodePoint() {
        assertThat(order.compare("E-5", "E10")).isNegative();
        assertThat(order.compare("E10", "E-5")).isPositive();
        assertThat(order.compare("abc", "abd")).isNegative();
        assertThat(order.compare("B", "a")).isNegative();
        assertThat(order.compare("E1", "Ea")).isNegative();
    }

    @Test
    void codePointsNotUtf16UnitsOutsideTheBasicPlane() {
        // U+1F600 is written with the surrogates D83D DE00, which as UTF-16 units come before U+FF5E; as code points
        // it comes after.
        assertThat(order.compare("a\uD83D\uDE00", "a\uFF5E")).isPositive();
        assertThat(order.compare("a\uFF5E", "a\uD83D\uDE00")).isNegative();
    }

    @Test
    void idsEqualSoFarFallBackToPlainTextOrder() {
        assertThat(order.compare("ab", "abc")).isNegative();
        assertThat(order.compare("abc", "ab")).isPositive();
        assertThat(order.compare("E1", "E1-")).isNegative();
        assertThat(order.compare("", "a")).isNegative();
        assertThat(order.compare("same", "same")).isZero();
    }

    @Test
    void sortsAListAsAPersonWould() {
        List<String> ids = new ArrayList<>(List.of("E-10", "E-2", "E-1", "E-02", "D-100", "E-1a", "E-1b"));

        ids.sort(order);

        assertThat(ids).containsExactly("D-100", "E-1", "E-1a", "E-1b", "E-2", "E-02", "E-10");
    }

    @Test
    void numbersInsideLongerIdentifiers() {
        List<String> ids = new ArrayList<>(List.of("ZJ-M010", "ZJ-M002", "ZJ-M001", "ZJ-U2-P10", "ZJ-U2-P9",
                "ZJ-U10-P1"));

        ids.sort(order);

        assertThat(ids).containsExactly("ZJ-M001", "ZJ-M002", "ZJ-M010", "ZJ-U2-P9", "ZJ-U2-P10", "ZJ-U10-P1");
    }

    @Test
    void isATotalOrderConsistentWithEquals() {
        String[] pieces = {"0", "00", "1", "01", "2", "9", "10", "a", "B", "-", "\uFF11", "\uD83D\uDE00", ""};
        Random random = new Random(42);
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(4); k >= 0; k--) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            ids.add(s.toString());
        }
        for (String x : ids) {
            for (String y : ids) {
                int xy = Integer.signum(order.compare(x, y));
                assertThat(xy).as("%s vs %s", x, y).isEqualTo(-Integer.signum(order.compare(y, x)));
                assertThat(xy == 0).as("%s vs %s", x, y).isEqualTo(x.equals(y));
            }
        }
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(order);
        for (int i = 0; i < sorted.size(); i++) {
            for (int k = i + 1; k < sorted.size(); k++) {
                assertThat(order.compare(sorted.get(i), sorted.get(k))).as("%s before %s", sorted.get(i), sorted.get(k))
                        .isLessThanOrEqualTo(0);
            }
        }
    }
}
