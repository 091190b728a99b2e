package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Choosing the article a credit quotes, as both paths choose it. */
class QuotesTest {

    @Test
    void eachCreditedOutletGivesItsClosestArticleAndTheEarliestOnATie() {
        List<Quotes.Candidate> candidates = List.of(
                new Quotes.Candidate("a9", "a4", 4, "agency", 0.30),
                new Quotes.Candidate("a9", "a2", 2, "agency", 0.30),
                new Quotes.Candidate("a9", "a7", 7, "agency", 0.20),
                new Quotes.Candidate("a9", "a5", 5, "herald", 0.15),
                new Quotes.Candidate("a9", "a6", 6, "daily", 0.16));
        assertThat(Quotes.chosen(candidates)).extracting(Quotes.Candidate::of).containsExactly("a2", "a6");
        // the order the candidates come in does not matter
        List<Quotes.Candidate> reversed = new java.util.ArrayList<>(candidates);
        java.util.Collections.reverse(reversed);
        assertThat(Quotes.chosen(reversed)).isEqualTo(Quotes.chosen(candidates));
    }

    @Test
    void aPairGivesACandidateForEachArticleThatCreditsTheOthersOutlet() {
        ArticleProfile agency = profile("a1", "agency");
        ArticleProfile daily = profile("a2", "daily");
        assertThat(Quotes.candidates(agency, Set.of(), 1, daily, Set.of("agency", "the agency"), 2, 0.4))
                .containsExactly(new Quotes.Candidate("a2", "a1", 1, "agency", 0.4));
        assertThat(Quotes.candidates(agency, Set.of("daily"), 1, daily, Set.of("agency"), 2, 0.4)).hasSize(2);
        assertThat(Quotes.candidates(profile("a3", ""), Set.of(), 3, daily, Set.of(""), 2, 0.4)).isEmpty();
    }

    private static ArticleProfile profile(String id, String outlet) {
        return new ArticleProfile(id, outlet, java.util.Map.of(), Set.of(), Set.of(), Set.of(), null,
                List.of(), List.of(), null, null, List.of());
    }
}
