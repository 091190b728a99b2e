package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retrieval time in every view of a dossier: never shown as a publication date, checked, round-tripped. */
class RetrievedDateTest {

    @TempDir
    Path dir;

    private static Article article(String id, String published, String retrieved) {
        return new Article(id, "page-" + id, "Valley Post", null, "Gates", published, null, "en",
                "The gates reopened.", List.of(), List.of(), null, List.of(), retrieved);
    }

    private static Dossier dossier(Article... articles) {
        return Dossier.of(Corpus.of(List.of(articles), List.of()), "2026-11-25T09:00:00Z",
                new Dossier.Tool("crosscheck", "test"));
    }

    @Test
    void viewsMarkACaptureDateAsSuch() {
        Dossier d = dossier(article("a1", null, "2026-11-24T08:30:00Z"), article("a2", "2026-11-20", null));
        String md = new MarkdownWriter().render(d);
        String html = new HtmlWriter().render(d);
        assertThat(md).contains("| no publication date; retrieved 2026-11-24T08:30:00Z |", "| 2026-11-20 |");
        assertThat(html).contains("no publication date; retrieved 2026-11-24T08:30:00Z", "2026-11-20");
    }

    @Test
    void theJsonCarriesItAndReadsBackAndAnOldDossierWithoutItStillReads() throws IOException {
        Path file = dir.resolve("dossier.json");
        DossierJson.write(dossier(article("a1", null, "2026-11-24T08:30:00Z")), file);
        assertThat(Files.readString(file)).contains("\"retrieved\" : \"2026-11-24T08:30:00Z\"",
                "\"published\" : null");
        assertThat(DossierJson.read(file).articles().get(0).retrieved()).isEqualTo("2026-11-24T08:30:00Z");

        Files.writeString(file, Files.readString(file).replace("\"retrieved\" : \"2026-11-24T08:30:00Z\",", "")
                .replace(",\n    \"retrieved\" : \"2026-11-24T08:30:00Z\"", ""));
        assertThat(Files.readString(file)).doesNotContain("retrieved");
        Article old = DossierJson.read(file).articles().get(0);
        assertThat(old.retrieved()).isNull();
        assertThat(old.text()).isEqualTo("The gates reopened.");
    }

    @Test
    void theContractCheckWantsAnInstant() {
        assertThat(ContractCheck.problems(dossier(article("a1", null, "2026-11-24T08:30:00Z")))).isEmpty();
        assertThat(ContractCheck.problems(dossier(article("a1", null, "yesterday"))))
                .containsExactly("a1: retrieved 'yesterday' is not an ISO-8601 instant");
    }
}
