package io.miningaudit.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RULES.md "Distinct IPs": an address's canonical form, and equality by it. */
class IpAddressTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        // IPv4: dotted decimal, as written.
        "198.18.0.1, 198.18.0.1",
        "0.0.0.0, 0.0.0.0",
        "255.255.255.255, 255.255.255.255",
        // IPv4-mapped IPv6: the IPv4 address it maps, however written.
        "::ffff:198.18.0.1, 198.18.0.1",
        "::FFFF:C612:1, 198.18.0.1",
        "0:0:0:0:0:ffff:c612:0001, 198.18.0.1",
        "::ffff:0:0, 0.0.0.0",
        // RFC 5952: lower case, no leading zeros, the longest run of zero groups as '::'.
        "2001:DB8::1, 2001:db8::1",
        "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
        "2001:db8:0::1, 2001:db8::1",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0",
        "0:0:0:0:0:0:0:0, ::",
        "::1, ::1",
        "1::, 1::",
        "fe80::0001, fe80::1",
        // An IPv4-compatible (not mapped) address is IPv6.
        "::1.2.3.4, ::102:304",
        "1:2:3:4:5:6:1.2.3.4, 1:2:3:4:5:6:102:304",
        "::fffe:1.2.3.4, ::fffe:102:304",
    })
    void theCanonicalForm(String written, String canonical) {
        assertThat(IpAddress.parse(written)).hasToString(canonical);
        assertThat(IpAddress.parse(canonical)).isEqualTo(IpAddress.parse(written));
    }

    @Test
    void oneAddressWrittenFourWaysIsOneAddress() {
        IpAddress a = IpAddress.parse("2001:db8::1");
        for (String other : new String[] {"2001:DB8:0:0:0:0:0:1", "2001:0db8::0001", "2001:db8:0::1"}) {
            IpAddress b = IpAddress.parse(other);
            assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
        }
        assertThat(IpAddress.parse("::ffff:198.18.0.1")).isEqualTo(IpAddress.parse("198.18.0.1"))
                .isEqualTo(IpAddress.ipv4(198L << 24 | 18 << 16 | 1));
    }

    @Test
    void nearMissNeighbouringAddressesDiffer() {
        assertThat(IpAddress.parse("2001:db8::1")).isNotEqualTo(IpAddress.parse("2001:db8::1:0"))
                .isNotEqualTo(IpAddress.parse("2001:db8::2"));
        // ::fffe:... and ::1.2.3.4 are not IPv4-mapped: no IPv4 address.
        assertThat(IpAddress.parse("::fffe:198.18.0.1")).isNotEqualTo(IpAddress.parse("198.18.0.1"));
        assertThat(IpAddress.parse("::198.18.0.1")).isNotEqualTo(IpAddress.parse("198.18.0.1"));
        assertThat(IpAddress.parse("::198.18.0.1").ipv4Value()).isEqualTo(-1);
        assertThat(IpAddress.parse("198.18.0.7").ipv4Value()).isEqualTo(198L << 24 | 18 << 16 | 7);
        assertThat(IpAddress.parse("255.255.255.255").ipv4Value()).isEqualTo(0xffffffffL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "01.2.3.4", "1.2.3", "1.2.3.4.5", "1.2.3.4.", "", " 1.2.3.4", "-1.2.3.4",
        ":", ":::", "2001:db8::g1", "1::2::3", "2001:db8:::1", "12345::1", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8", ":1::", "1::2:", "::ffff:256.1.1.1", "::ffff:1.2.3",
        "::ffff:1.2.3.04", "::00001", "1:2:3:4:5:6:7:1.2.3.4", "1.2.3.4::", "fe80::1%eth0", "[::1]", "1.2.3.4:",
                "localhost"})
    void textThatIsNoAddressIsRefused(String text) {
        assertThat(IpAddress.tryParse(text)).isNull();
        assertThatThrownBy(() -> IpAddress.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an IPv4 or IPv6 address");
    }

    /** The parser reads every IPv6 text as the JDK does (which never looks a text with ':' up). */
    @Test
    void readsIpv6TextAsTheJdkDoes() throws Exception {
        String alphabet = "0123456789abcdefABCDEF:::::..";
        Random random = new Random(7);
        int compared = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = 2 + random.nextInt(24); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            if (text.indexOf(':') < 0 || text.matches(".*(^|[.:])0\\d.*\\..*|.*\\..*(^|[.:])0\\d.*")
                    || text.matches(".*[0-9a-fA-F]{5}.*")) {
                // Without ':' a text is no IPv6 text. We refuse on purpose what the JDK lets pass: a dotted part with
                // a leading zero, a group of more than four digits (RFC 4291: one to four; the JDK checks the value).
                continue;
            }
            byte[] jdk;
            try {
                jdk = InetAddress.getByName(text).getAddress();
            } catch (java.net.UnknownHostException e) {
                jdk = null;
            }
            IpAddress ours = IpAddress.tryParse(text);
            assertThat(ours == null).as(text).isEqualTo(jdk == null);
            if (jdk != null) {
                byte[] mine = bytes(ours);
                byte[] expected = jdk.length == 16 ? jdk : bytes(IpAddress.ipv4(
                        (jdk[0] & 0xffL) << 24 | (jdk[1] & 0xff) << 16 | (jdk[2] & 0xff) << 8 | (jdk[3] & 0xff)));
                assertThat(mine).as(text).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).as("valid addresses among the samples").isGreaterThan(100);
    }

    private static byte[] bytes(IpAddress a) {
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (a.high() >>> (56 - 8 * i));
            b[i + 8] = (byte) (a.low() >>> (56 - 8 * i));
        }
        return b;
    }
}
