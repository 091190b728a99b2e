package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Removal;
import org.junit.jupiter.api.Test;

class HeadlineTest {

    @Test
    void theTitleBeforeItsSiteSuffixIsTheHeadline() {
        assertThat(Headline.isHeadline("Ferry service resumes", "Ferry service resumes - The Island Times")).isTrue();
        assertThat(Headline.isHeadline("Ferry service resumes", "The Island Times | Ferry service resumes")).isTrue();
        assertThat(Headline.isHeadline("Ferry  service resumes", "ferry service resumes")).isTrue();
    }

    @Test
    void aBlockThatOnlyBeginsLikeTheTitleIsNot() {
        assertThat(Headline.isHeadline("Ferry service", "Ferry service resumes after storms")).isFalse();
    }

    @Test
    void theHeadlineLeavesTheBlocksWithItsReason() {
        List<String> blocks = new ArrayList<>(List.of("Ferry service resumes", "The ferry resumed on Thursday."));
        List<Removal> removed = new ArrayList<>();
        Headline.remove(blocks, "Ferry service resumes | The Island Times", removed);
        assertThat(blocks).containsExactly("The ferry resumed on Thursday.");
        assertThat(removed).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("headline"));
    }
}
