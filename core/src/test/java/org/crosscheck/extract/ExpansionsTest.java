package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpansionsTest {

    @Test
    void spellsOutAnAcronymFromAnotherNameOfTheCorpus() {
        Expansions e = new Expansions(List.of("United Nations Water Safety Office", "WSO"));
        assertThat(e.words("UN Water Safety Office")).containsExactly("united", "nations", "vater", "safeti", "ofike");
        assertThat(e.words("UN Water Safety Office")).isEqualTo(e.words("United Nations Water Safety Office"));
    }

    @Test
    void leavesAnAmbiguousAcronymAlone() {
        Expansions e = new Expansions(List.of("Red Cross", "Rapid Care Unit", "Regional Council"));
        assertThat(e.words("RC Office")).containsExactly("rk", "ofike");
    }

    @Test
    void dropsSmallWordsAndPossessives() {
        Expansions e = new Expansions(List.of());
        assertThat(e.words("the Office of the Harbour Master's Deputy")).containsExactly("ofike", "harbour", "master",
                "deputi");
    }
}
