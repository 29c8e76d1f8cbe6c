package io.miningaudit.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTest {
    private static Entity.EntityBuilder entity() {
        return Entity.builder().id("E1").name("Unit E1").kind(EntityKind.PRIVATE_ENTERPRISE).province(Province.Yunnan);
    }

    @Test
    void aPreferenceListedTwiceCountsOnceInTheOrderFirstListed() {
        Entity e = entity().preference(Preference.TAX).preference(Preference.RENT).preference(Preference.TAX).build();

        assertThat(e.getDistinctPreferences()).containsExactly(Preference.TAX, Preference.RENT);
        assertThat(e.getPreferences()).hasSize(3);
    }

    @Test
    void nearMissDistinctPreferencesStayAsListedAndNoneIsNone() {
        assertThat(entity().preference(Preference.LAND).preference(Preference.TAX).build().getDistinctPreferences())
                .containsExactly(Preference.LAND, Preference.TAX);
        assertThat(entity().build().getDistinctPreferences()).isEmpty();
    }
}
