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
import io.miningaudit.facts.IpAddress;
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
                .ipDetection(detectionOf(unit, "D1", "198.18.0.1", "2021-07-01").toBuilder().province(Province.Jiangsu)
                        .build())
                .ipDetection(detectionOf(unit, "D2", "198.18.0.1", "2021-07-02"))
                // One IPv6 address written two ways, not attributed, in Hainan; and F1's own address.
                .ipDetection(detectionOf(firm, "D3", "2001:db8::1", "2021-07-03").toBuilder().entityId(null).build())
                .ipDetection(detectionOf(firm, "D4", "2001:DB8:0:0::1", "2021-07-04").toBuilder().entityId(null)
                        .build())
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
    void distinctIpsCountByTheDetectionsProvinceAndOnceOverTheCase() {
        var ips = new io.miningaudit.facts.DistinctIps(Province.values().length);
        ips.add(IpAddress.parse("10.0.0.1"), Province.Hainan.ordinal(), false);
        ips.add(IpAddress.parse("10.0.0.1"), Province.Hainan.ordinal(), true);   // attributed on another day
        ips.add(IpAddress.parse("10.0.0.1"), Province.Sichuan.ordinal(), false); // seen in a second province
        ips.add(IpAddress.parse("10.0.0.2"), Province.Sichuan.ordinal(), false);
        ips.add(IpAddress.parse("2001:DB8::1"), Province.Sichuan.ordinal(), true);
        ips.add(IpAddress.parse("2001:db8:0::1"), Province.Hainan.ordinal(), false); // the same, written another way
        var byProvince = new java.util.EnumMap<Province, SummaryCalculator.Tally>(Province.class);
        byProvince.put(Province.Hainan, new SummaryCalculator.Tally());
        byProvince.put(Province.Sichuan, new SummaryCalculator.Tally());
        var total = new SummaryCalculator.Tally();
        SummaryCalculator.count(ips, byProvince, total);

        assertThat(new long[] {byProvince.get(Province.Hainan).ips, byProvince.get(Province.Hainan).attributedIps,
                byProvince.get(Province.Sichuan).ips, byProvince.get(Province.Sichuan).attributedIps,
                total.ips, total.attributedIps}).containsExactly(2, 1, 3, 1, 3, 2);
    }
}
