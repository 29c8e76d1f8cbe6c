package io.miningaudit.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one count of distinct IPs: by canonical form, per group and in all, marked and not. */
class DistinctIpsTest {
    private static List<IpAddress> parse(String... texts) {
        return Stream.of(texts).map(IpAddress::parse).toList();
    }

    @Test
    void oneAddressWrittenFourWaysCountsOnce() {
        assertThat(DistinctIps.count(parse("2001:db8::1", "2001:DB8:0:0:0:0:0:1", "2001:0db8::0001", "2001:db8:0::1")))
                .isEqualTo(1);
        assertThat(DistinctIps.count(parse("198.18.0.1", "::ffff:198.18.0.1", "::FFFF:C612:1",
                "0:0:0:0:0:ffff:c612:0001"))).isEqualTo(1);
    }

    @Test
    void nearMissTwoAddressesCountTwice() {
        assertThat(DistinctIps.count(parse("2001:db8::1", "2001:db8::1:0"))).isEqualTo(2);
        assertThat(DistinctIps.count(parse("198.18.0.1", "::198.18.0.1"))).isEqualTo(2);
        assertThat(DistinctIps.count(List.of())).isZero();
    }

    @Test
    void countsPerGroupAndOnceOverAllGroupsMarkedAndNot() {
        DistinctIps ips = new DistinctIps(3);
        ips.add(IpAddress.parse("10.0.0.1"), 0, false);
        ips.add(IpAddress.parse("10.0.0.1"), 0, true);
        ips.add(IpAddress.parse("::ffff:10.0.0.1"), 1, false);
        ips.add(IpAddress.parse("10.0.0.2"), 1, false);
        ips.add(IpAddress.parse("255.255.255.255"), 2, true);  // the top bit set: packed keys sort below zero
        ips.add(IpAddress.parse("2001:DB8::1"), 1, true);
        ips.add(IpAddress.parse("2001:db8:0::1"), 0, false);

        DistinctIps.Counts counts = ips.count();

        assertThat(counts.byGroup()).containsExactly(2, 3, 1);
        assertThat(counts.markedByGroup()).containsExactly(1, 1, 1);
        assertThat(counts.total()).isEqualTo(4);
        assertThat(counts.markedTotal()).isEqualTo(3);
    }

    @Test
    void manyAddressesGrowTheKeysAndCountExactly() {
        DistinctIps ips = new DistinctIps(2);
        for (int i = 0; i < 10_000; i++) {
            ips.add(IpAddress.ipv4(0xc6120000L + i % 2_500), i % 2, i % 5 == 0);
        }
        DistinctIps.Counts counts = ips.count();

        assertThat(counts.total()).isEqualTo(2_500);
        assertThat(counts.byGroup()).containsExactly(1_250, 1_250);
        assertThat(counts.markedTotal()).isEqualTo(500);
    }
}
