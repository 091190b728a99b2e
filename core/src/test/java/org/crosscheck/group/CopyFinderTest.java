package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Corpus;
import org.crosscheck.pipeline.Progress;
import org.junit.jupiter.api.Test;

/** Copy relations on small hand-written articles, with the real sentence-embedding model. */
class CopyFinderTest {

    private static final String AGENCY = "A fire destroyed the old covered market in Tarvo on Sunday night, the city's "
            + "fire service said. No one was hurt. Firefighters fought the blaze for six hours before bringing it "
            + "under control. The market, built in 1902, housed more than forty stalls selling fish and vegetables. "
            + "The mayor said the city would rebuild it. Police have opened an investigation into the cause.";

    private static Article article(String id, String outlet, String published, String text) {
        return new Article(id, id + ".txt", outlet, null, null, published, null, "en", text, List.of(), List.of(),
                null, List.of());
    }

    /** The one relation found between the agency's report (a1, a day earlier) and a second article (a2). */
    private static Copy onlyCopy(String outlet, String text) {
        List<Copy> found = copies(article("a1", "Agency", "2026-03-01", AGENCY),
                article("a2", outlet, "2026-03-02", text));
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<Copy> copies(Article... articles) {
        Corpus corpus = Corpus.of(List.of(articles), List.of());
        List<ArticleProfile> profiles = new ArrayList<>(
                Profiles.of(corpus, MiniLmEmbedder.shared(), Progress.NONE).values());
        return CopyFinder.find(corpus, profiles);
    }

    @Test
    void aVerbatimCopyIsWireWithTheEarlierArticleAsOriginal() {
        Copy copy = onlyCopy("Daily", AGENCY + " More on page two.");
        assertThat(copy.relation()).isEqualTo("wire");
        assertThat(copy.article()).isEqualTo("a2");
        assertThat(copy.of()).isEqualTo("a1");
    }

    @Test
    void anArticleThatCreditsTheAgencyAndRetellsItIsARewrite() {
        // an agency story retold: shorter, reordered, its wording partly kept, with reporting of its own
        String retold = "A fire destroyed Tarvo's old covered market on Sunday night, according to Agency. "
                + "Nobody was hurt, the city's fire service said. It took firefighters six hours to control the fire. "
                + "Stallholders gathered at the ruins on Monday morning. Many of them had no insurance. "
                + "A local councillor called for a fund to help them.";
        Copy copy = onlyCopy("Weekly", retold);
        assertThat(copy.relation()).isEqualTo("rewrite");
        assertThat(copy.of()).isEqualTo("a1");
    }

    @Test
    void anArticleThatOnlyCreditsTheAgencyQuotesIt() {
        String own = "Stallholders in Tarvo gathered on Monday at the ruins of the old covered market destroyed by "
                + "fire on Sunday, according to Agency. Many of them had no insurance and fear for their "
                + "livelihoods. A local councillor called for a fund to help them. Traders' association head Mira Kolt said the city had "
                + "ignored warnings about the wiring for years. The city council will meet on Thursday.";
        assertThat(onlyCopy("Weekly", own).relation()).isEqualTo("quotes");
    }
}
