package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionFinderTest {

    private static String longForm(String phrase, String acronym) {
        return phrase.substring(MentionFinder.longForm(phrase, acronym));
    }

    @Test
    void theAcronymsLettersFindWhereTheLongFormStarts() {
        assertThat(longForm("on Monday the Kessel Basin Water Council", "KBWC")).isEqualTo("Kessel Basin Water Council");
        assertThat(longForm("asked the office of the Kessel Basin Water Commissioner", "OKBWC"))
                .isEqualTo("office of the Kessel Basin Water Commissioner");
    }

    @Test
    void smallWordsAndLeftOutCapitalisedWordsAreSkipped() {
        assertThat(longForm("said the Committee for the Protection of Rivers", "CPR"))
                .isEqualTo("Committee for the Protection of Rivers");
        assertThat(longForm("members of the Velmoran National Relief Agency", "NRA"))
                .isEqualTo("National Relief Agency");
    }

    @Test
    void withoutMatchingLettersTheCapitalisedRunIsTaken() {
        assertThat(longForm("according to the Harbour Watch Group", "XYZ")).isEqualTo("Harbour Watch Group");
    }
}
