package io.miningaudit.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "10.0.0.1", "192.168.1.254", "255.255.255.255"})
    void dottedQuadsWithOctetsUpTo255AreIpv4Addresses(String ip) {
        assertThat(Identifiers.isIpAddress(ip)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3.256", "01.2.3.4", "1.2.3.04", "00.1.2.3", "1.2.3", "1.2.3.4.5",
        "1.2.3.1000", "a.b.c.d", "1.2.3.4.", "", " 1.2.3.4", "-1.2.3.4"})
    void otherDottedTextIsNoIpv4Address(String ip) {
        assertThat(Identifiers.isIpAddress(ip)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"::", "::1", "fe80::1", "2001:db8::1", "2001:0db8:0000:0000:0000:ff00:0042:8329",
        "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::ffff:192.0.2.128", "1:2:3:4:5:6:1.2.3.4", "2001:DB8::A"})
    void everyTextualFormOfIpv6IsAnIpv6Address(String ip) {
        assertThat(Identifiers.isIpAddress(ip)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {":", ":::", "2001:db8::g1", "1::2::3", "2001:db8:::1", "12345::1", "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8:9", "::ffff:256.1.1.1", "::ffff:1.2.3", "fe80::1%eth0", "[::1]", "1.2.3.4:", "localhost"})
    void malformedIpv6TextAndZoneIndexesAreNoAddress(String ip) {
        assertThat(Identifiers.isIpAddress(ip)).isFalse();
    }

    @Test
    void theCheckCharacterIsComputedWithTheWeightsOfGb32100() {
        // Computed independently: 31 - (sum of value x 3^i mod 31) mod 31, over 0-9 A-H J-N P-R T U W-Y.
        assertThat(Identifiers.creditCheckCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(Identifiers.creditCheckCharacter("91110108MA01AAAAA")).isEqualTo('L');
    }

    @Test
    void aRemainderOfZeroGivesCheckCharacterZero() {
        assertThat(Identifiers.creditCheckCharacter("00000000000000000")).isEqualTo('0');
        assertThat(Identifiers.creditCodeProblem("000000000000000000")).isNull();
    }

    @Test
    void aValidCodeHasNoProblem() {
        assertThat(Identifiers.creditCodeProblem("91350100M000100Y43")).isNull();
        assertThat(Identifiers.creditCodeProblem("91110108MA01AAAAAL")).isNull();
    }

    @Test
    void aCodeOfTheWrongLengthSaysHowLongItIs() {
        assertThat(Identifiers.creditCodeProblem("91350100M000100Y4"))
                .isEqualTo("has 17 characters; a Unified Social Credit Code has 18");
        assertThat(Identifiers.creditCodeProblem("91350100M000100Y433"))
                .isEqualTo("has 19 characters; a Unified Social Credit Code has 18");
        assertThat(Identifiers.creditCodeProblem(""))
                .isEqualTo("has 0 characters; a Unified Social Credit Code has 18");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "O", "S", "V", "Z", "a", "-"})
    void aCharacterOutsideTheAlphabetIsNamedWithItsPosition(String bad) {
        String code = "9135010" + bad + "M000100Y43";

        assertThat(Identifiers.creditCodeProblem(code)).isEqualTo("character '" + bad
                + "' at position 8 is not in the code's alphabet (digits and A-Y without I, O, S, V, Z)");
    }

    @Test
    void theAlphabetIsCheckedBeforeTheCheckCharacter() {
        assertThat(Identifiers.creditCodeProblem("91350100M000100Y4I"))
                .isEqualTo("character 'I' at position 18 is not in the code's alphabet "
                        + "(digits and A-Y without I, O, S, V, Z)");
    }

    @Test
    void aWrongCheckCharacterNamesTheRightOne() {
        assertThat(Identifiers.creditCodeProblem("91350100M000100Y44"))
                .isEqualTo("check character is '4' but should be '3'");
        assertThat(Identifiers.creditCodeProblem("91350100M000100Y53"))
                .isEqualTo("check character is '3' but should be '" + Identifiers.creditCheckCharacter(
                        "91350100M000100Y5") + "'");
    }
}
