package org.crosscheck.clean.lines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorBioTest {

    private static final String STORY = String.join("\n\n", "The council met on Tuesday.",
            "It voted to repair the breakwater.", "Work starts in May.", "Residents welcomed the news.");
    private static final String BIO = "Regan is a Connecticut native now living in Massachusetts with her husband, "
            + "two sons and two cats, and loves hiking.";

    @Test
    void aClosingParagraphOpeningWithTheAuthorsNameLeavesWithWhatFollowsIt() {
        AuthorBio.Split split = AuthorBio.remove(STORY + "\n\n" + BIO + "\n\nJoin our forums!", "Regan Smith");
        assertThat(split.text()).isEqualTo(STORY);
        assertThat(split.removed()).extracting(r -> r.text()).containsExactly(BIO, "Join our forums!");
    }

    @Test
    void theNameInsideTheStoryAListLineOrNoBylineLeaveTheTextAsItIs() {
        String text = STORY + "\n\nRegan Performance Shake, 1 tsp.";
        assertThat(AuthorBio.remove(text, "Regan").text()).isEqualTo(text);
        assertThat(AuthorBio.remove(BIO + "\n\n" + STORY, "Regan").text()).isEqualTo(BIO + "\n\n" + STORY);
        assertThat(AuthorBio.remove(STORY + "\n\n" + BIO, null).removed()).isEmpty();
        assertThat(AuthorBio.remove(STORY + "\n\n" + BIO, "Reganne").removed()).isEmpty();
    }
}
