package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Dossier;
import org.crosscheck.model.Part;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A statement that goes on from another ({@code continues}) in every view, the JSON and the contract check. */
class ContinuedStatementTest {

    private static final String TEXT = "“Sales fell,” Ada Marsh said. “Nobody expected it.”";

    @TempDir
    Path dir;

    private static Dossier dossier(String continues) {
        Article a = new Article("a1", "page-a1", "Valley Post", null, "Sales", null, null, "en", TEXT, List.of(),
                List.of(), null, List.of());
        Speaker marsh = new Speaker(null, "Ada Marsh");
        Statement first = new Statement("s1", "a1", 0, 29, Statement.DIRECT, marsh, "said", "Sales fell,",
                List.of(new Part(1, 12)), Statement.SAY);
        Statement second = new Statement("s2", "a1", 30, TEXT.length(), Statement.DIRECT, marsh, "said",
                "Nobody expected it.", List.of(new Part(31, TEXT.length() - 1)), Statement.SAY, continues);
        Corpus c = Corpus.of(List.of(a), List.of()).withStatements(List.of(first, second));
        return Dossier.of(c, "2026-12-04T09:00:00Z", new Dossier.Tool("crosscheck", "test"));
    }

    @Test
    void theViewsMarkTheContinuation() {
        String md = new MarkdownWriter().render(dossier("s1"));
        assertThat(md).contains("**Ada Marsh (continued)**").contains("**Ada Marsh** (direct");
        assertThat(new HtmlWriter().render(dossier("s1"))).contains("direct statement by Ada Marsh (continued)");
    }

    @Test
    void theJsonCarriesItAndAnOldDossierWithoutItReadsAsNull() throws IOException {
        Path file = dir.resolve("dossier.json");
        DossierJson.write(dossier("s1"), file);
        assertThat(Files.readString(file)).contains("\"continues\" : \"s1\"", "\"continues\" : null");
        assertThat(DossierJson.read(file).statements().get(1).continues()).isEqualTo("s1");
        Files.writeString(file, Files.readString(file).replace(",\n    \"continues\" : \"s1\"", "")
                .replace(",\n    \"continues\" : null", ""));
        assertThat(Files.readString(file)).doesNotContain("continues");
        assertThat(DossierJson.read(file).statements().get(1).continues()).isNull();
    }

    @Test
    void theContractCheckWantsAnEarlierStatementOfTheSameArticle() {
        assertThat(ContractCheck.problems(dossier("s1"))).isEmpty();
        assertThat(ContractCheck.problems(dossier("s9")))
                .containsExactly("s2: continues s9, no earlier statement of its article");
        assertThat(ContractCheck.problems(dossier("s2")))
                .containsExactly("s2: continues s2, no earlier statement of its article");
    }
}
