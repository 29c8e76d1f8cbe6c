package io.miningaudit.engine;

import static io.miningaudit.fixtures.Cases.caseFile;
import static io.miningaudit.fixtures.Cases.deliberateCaseAt;
import static io.miningaudit.fixtures.Cases.detectionOf;
import static io.miningaudit.fixtures.Cases.entity;
import static io.miningaudit.fixtures.Cases.passiveCaseAt;
import static io.miningaudit.fixtures.Cases.personOf;
import static io.miningaudit.fixtures.Cases.publicUnit;
import static io.miningaudit.fixtures.Cases.rigOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.facts.Entity;
import io.miningaudit.facts.EntityKind;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.Province;
import io.miningaudit.fixtures.ShippedRules;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * REPORT.md: IPs are distinct addresses counted by the detection's province; everything else by the entity's
 * province; the total counts an address once however many provinces saw it.
 */
class SummaryCalculatorTest {

    @Test
    void ipsCountByTheDetectionsProvinceAndEverythingElseByTheEntitys() {
        Entity unit = publicUnit("U1");                       // Zhejiang
        Entity firm = entity("F1", EntityKind.PRIVATE_ENTERPRISE).province(Province.Hainan).build();
        Inspection mined = deliberateCaseAt(unit, "I1", "2021-03-01").build();
        var facts = caseFile().entity(unit).entity(firm)
                .inspection(mined).inspection(passiveCaseAt(firm, "I2", "2021-11-01"))
                .machine(rigOf(mined, "M1", null)).machine(rigOf(mined, "M2", null))
                .person(personOf(mined, "P1").partyMember(true).illegalGainsCny(new BigDecimal("100")).build())
                // One address of U1 seen in Jiangsu and in Zhejiang.
                .ipDetection(detectionOf(unit, "D1", "198.18.0.1", "2021-07-01").toBuilder().province(Province.Jiangsu).build())
                .ipDetection(detectionOf(unit, "D2", "198.18.0.1", "2021-07-02"))
                // One IPv6 address written two ways, not attributed, in Hainan; and F1's own address.
                .ipDetection(detectionOf(firm, "D3", "2001:db8::1", "2021-07-03").toBuilder().entityId(null).build())
                .ipDetection(detectionOf(firm, "D4", "2001:DB8:0:0::1", "2021-07-04").toBuilder().entityId(null).build())
                .ipDetection(detectionOf(firm, "D5", "198.18.0.2", "2021-07-05"))
                .build();

        Summary summary = ShippedRules.audit(facts).summary();

        assertThat(summary.byProvince()).containsOnlyKeys(Province.Jiangsu, Province.Zhejiang, Province.Hainan);
        assertThat(summary.byProvince().keySet()).containsExactly(Province.Jiangsu, Province.Zhejiang, Province.Hainan);
        Counts jiangsu = summary.byProvince().get(Province.Jiangsu);
        assertThat(jiangsu.ipsDetected()).isEqualTo(1);
        assertThat(jiangsu.ipsAttributed()).isEqualTo(1);
        assertThat(jiangsu.entitiesDetected()).isZero();
        assertThat(jiangsu.inspections()).isZero();
        Counts zhejiang = summary.byProvince().get(Province.Zhejiang);
        assertThat(zhejiang.ipsDetected()).isEqualTo(1);
        assertThat(zhejiang.entitiesDetected()).isEqualTo(1);
        assertThat(zhejiang.publicUnitsDetected()).isEqualTo(1);
        assertThat(zhejiang.inspections()).isEqualTo(1);
        assertThat(zhejiang.deliberateCases()).isEqualTo(1);
        assertThat(zhejiang.publicUnitsDeliberate()).isEqualTo(1);
        assertThat(zhejiang.machinesConfiscated()).isEqualByComparingTo("2");
        assertThat(zhejiang.personsReferred()).isEqualTo(1);
        assertThat(zhejiang.illegalGainsCny()).isEqualTo(new BigDecimal("100.00"));
        Counts hainan = summary.byProvince().get(Province.Hainan);
        assertThat(hainan.ipsDetected()).isEqualTo(2);
        assertThat(hainan.ipsAttributed()).isEqualTo(1);
        assertThat(hainan.entitiesDetected()).isEqualTo(1);
        assertThat(hainan.publicUnitsDetected()).isZero();
        assertThat(hainan.passiveCases()).isEqualTo(1);
        assertThat(hainan.illegalGainsCny()).isEqualTo(new BigDecimal("0.00"));
        Counts total = summary.total();
        assertThat(total.ipsDetected()).isEqualTo(3);
        assertThat(total.ipsAttributed()).isEqualTo(2);
        assertThat(total.entitiesDetected()).isEqualTo(2);
        assertThat(total.publicUnitsDetected()).isEqualTo(1);
        assertThat(total.inspections()).isEqualTo(2);
        assertThat(total.deliberateCases()).isEqualTo(1);
        assertThat(total.passiveCases()).isEqualTo(1);
        assertThat(total.energyDoubleCountKwh()).isEqualTo(new BigDecimal("0.000"));
    }

    @Test
    void distinctIpsPackPlainIpv4AndCountEveryOtherSpellingAsText() {
        assertThat(io.miningaudit.intake.Identifiers.ipv4("198.18.0.7")).isEqualTo(198L << 24 | 18 << 16 | 7);
        assertThat(io.miningaudit.intake.Identifiers.ipv4("255.255.255.255")).isEqualTo(0xffffffffL);
        for (String notPlain : new String[] {"010.1.1.1", "1.1.1", "1.1.1.1.1", "1.1.1.", "256.1.1.1", "1..1.1",
                "2001:db8::1", "1.1.1.1a"}) {
            assertThat(io.miningaudit.intake.Identifiers.ipv4(notPlain)).as(notPlain).isEqualTo(-1);
        }

        var ips = new SummaryCalculator.DistinctIps();
        ips.add("10.0.0.1", Province.Hainan, false);
        ips.add("10.0.0.1", Province.Hainan, true);      // the same address, attributed on another day
        ips.add("10.0.0.1", Province.Sichuan, false);    // seen in a second province
        ips.add("10.0.0.2", Province.Sichuan, false);
        ips.add("2001:DB8::1", Province.Sichuan, true);
        ips.add("2001:db8:0::1", Province.Hainan, false); // the same IPv6 address, written another way
        var byProvince = new java.util.EnumMap<Province, SummaryCalculator.Tally>(Province.class);
        byProvince.put(Province.Hainan, new SummaryCalculator.Tally());
        byProvince.put(Province.Sichuan, new SummaryCalculator.Tally());
        var total = new SummaryCalculator.Tally();
        ips.count(byProvince, total);

        assertThat(new long[] {byProvince.get(Province.Hainan).ips, byProvince.get(Province.Hainan).attributedIps,
                byProvince.get(Province.Sichuan).ips, byProvince.get(Province.Sichuan).attributedIps,
                total.ips, total.attributedIps}).containsExactly(2, 1, 3, 1, 3, 2);
    }

    @Test
    void theSummaryAndTheLeadsCountOneAddressWrittenFourWaysAsTwo() {
        var detections = java.util.stream.Stream.of("2001:db8::1", "2001:DB8:0:0::1", "1.2.3.4", "::ffff:1.2.3.4")
                .map(ip -> detectionOf(entity("F1", EntityKind.PRIVATE_ENTERPRISE).build(), "D-" + ip, ip, "2021-09-01"))
                .toList();
        var ips = new SummaryCalculator.DistinctIps();
        detections.forEach(d -> ips.add(d.getIp(), Province.Zhejiang, true));
        var total = new SummaryCalculator.Tally();
        var byProvince = new java.util.EnumMap<Province, SummaryCalculator.Tally>(Province.class);
        byProvince.put(Province.Zhejiang, new SummaryCalculator.Tally());
        ips.count(byProvince, total);

        assertThat(total.ips).isEqualTo(2);
        assertThat(io.miningaudit.facts.EntityDetections.of("F1", detections).getDistinctIps()).isEqualTo(2);
    }
}
