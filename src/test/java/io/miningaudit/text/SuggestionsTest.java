package io.miningaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    /** The case file's table names, as FACTS.md lists them. */
    private static final List<String> TABLES = List.of("case", "entities", "ipDetections", "inspections", "machines",
            "persons", "accounts", "consumption", "catalogueRates");

    @Test
    void aMisspeltTableNameSuggestsTheTable() {
        assertThat(Suggestions.didYouMean("entites", TABLES))
                .isEqualTo(" (did you mean 'entities'?)");
        assertThat(Suggestions.didYouMean("catalogRates", TABLES))
                .isEqualTo(" (did you mean 'catalogueRates'?)");
    }

    @Test
    void caseIsIgnoredWhenComparingButTheCandidateIsNamedAsWritten() {
        assertThat(Suggestions.didYouMean("IPDETECTIONS", TABLES))
                .isEqualTo(" (did you mean 'ipDetections'?)");
        assertThat(Suggestions.didYouMean("sichuan", List.of("Shanxi", "Sichuan")))
                .isEqualTo(" (did you mean 'Sichuan'?)");
    }

    @Test
    void twoEditsAreAllowedForShortWords() {
        assertThat(Suggestions.didYouMean("naem", List.of("name", "kind"))).isEqualTo(" (did you mean 'name'?)");
        assertThat(Suggestions.didYouMean("nxyz", List.of("name"))).isEqualTo("");
    }

    @Test
    void aThirdOfTheLengthIsAllowedForLongWords() {
        // 16 characters allow 5 edits; 8 characters allow only 2.
        assertThat(Suggestions.didYouMean("billedRateCnyKwh", List.of("billedRateCnyPerKwh")))
                .isEqualTo(" (did you mean 'billedRateCnyPerKwh'?)");
        assertThat(Suggestions.didYouMean("prefrncs", List.of("preferences"))).isEqualTo("");
    }

    @Test
    void nothingCloseGivesNoSuggestion() {
        assertThat(Suggestions.didYouMean("remarks", TABLES)).isEqualTo("");
        assertThat(Suggestions.didYouMean("anything", List.of())).isEqualTo("");
    }

    @Test
    void theFirstOfEquallyCloseCandidatesIsNamed() {
        assertThat(Suggestions.didYouMean("cat", List.of("bat", "hat"))).isEqualTo(" (did you mean 'bat'?)");
        assertThat(Suggestions.didYouMean("cat", List.of("hat", "bat"))).isEqualTo(" (did you mean 'hat'?)");
    }

    @Test
    void theClosestCandidateWinsOverAnEarlierOne() {
        assertThat(Suggestions.didYouMean("kinds", List.of("kid", "kind"))).isEqualTo(" (did you mean 'kind'?)");
    }

    @Test
    void distanceIsTheLevenshteinDistance() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("flaw", "lawn")).isEqualTo(2);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("abc", "")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
        assertThat(Suggestions.distance("naem", "name")).isEqualTo(2);
        assertThat(Suggestions.distance("A", "a")).isEqualTo(1);
    }
}
