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

/** An article's language in every view of a dossier. */
class LanguageViewsTest {

    @TempDir
    Path dir;

    private static Dossier dossier() {
        Article fr = new Article("a1", "page-1", "Le Courrier", null, "Les portes rouvrent", "2026-11-20", null, "fr",
                "Les portes ont rouvert.", List.of(), List.of(), null, List.of());
        Article unknown = new Article("a2", "page-2", "Valley Post", null, "Gates", "2026-11-20", null, null,
                "12 345", List.of(), List.of(), null, List.of());
        return Dossier.of(Corpus.of(List.of(fr, unknown), List.of()), "2026-11-25T09:00:00Z",
                new Dossier.Tool("crosscheck", "test"));
    }

    @Test
    void markdownHasALanguageColumn() {
        String md = new MarkdownWriter().render(dossier());
        assertThat(md).contains("| Id | Outlet | Title | Published | Language | Source | Removed |",
                "| a1 | Le Courrier | Les portes rouvrent | 2026-11-20 | fr | page-1 | 0 |",
                "| a2 | Valley Post | Gates | 2026-11-20 |  | page-2 | 0 |");
    }

    @Test
    void htmlNamesItInTheArticlesLine() {
        String html = new HtmlWriter().render(dossier());
        assertThat(html).contains("Le Courrier · 2026-11-20 · language fr · page-1");
        assertThat(html).contains("Valley Post · 2026-11-20 · page-2");
    }

    @Test
    void jsonCarriesItAndReadsBack() throws IOException {
        Path file = dir.resolve("dossier.json");
        DossierJson.write(dossier(), file);
        assertThat(Files.readString(file)).contains("\"language\" : \"fr\"", "\"language\" : null");
        assertThat(DossierJson.read(file).articles().get(0).language()).isEqualTo("fr");
    }
}
