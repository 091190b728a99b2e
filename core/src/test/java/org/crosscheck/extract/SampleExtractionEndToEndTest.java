package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.annotate.AnnotateStage;
import org.crosscheck.annotate.LanguageRouter;
import org.crosscheck.clean.ArticleCleaner;
import org.crosscheck.clean.meta.OutletFurniture;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.Statement;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs ingest, clean, annotate and extract over the sample corpus and checks samples/expected-extraction.json. */
class SampleExtractionEndToEndTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static Corpus corpus;
    private static JsonNode expected;

    @BeforeAll
    static void extract() throws IOException {
        Pipeline pipeline = new Pipeline(Ingestor.standard(Ingestor.DEFAULT_MAX_BYTES), ArticleCleaner.standard(),
                List.of(new OutletFurniture(), new AnnotateStage(LanguageRouter::standard, 2), new EntityStage(),
                        new StatementStage(), new FigureStage()));
        corpus = pipeline.run(List.of(SAMPLES.resolve("articles").toString()), Progress.NONE);
        expected = new ObjectMapper().readTree(SAMPLES.resolve("expected-extraction.json").toFile());
    }

    private static String article(String doc) {
        return corpus.articles().stream().filter(a -> a.source().endsWith(doc)).map(Article::id).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + doc));
    }

    private static boolean named(Speaker s, JsonNode want) {
        return want.isNull() ? s == null : s != null && s.text().contains(want.asText());
    }

    @Test
    void findsTheExpectedFiguresWithHedgeKindAndClaimant() {
        for (JsonNode want : expected.get("figures")) {
            String id = article(want.get("doc").asText());
            List<Figure> candidates = corpus.figures().stream().filter(f -> f.article().equals(id))
                    .filter(f -> want.get("value").isNull() ? f.value() == null && f.hedge() != null
                            : f.value() != null && f.value() == want.get("value").asDouble()).toList();
            assertThat(candidates).as(want.toString()).isNotEmpty();
            Figure f = candidates.get(0);
            assertThat(f.hedge()).as(want.toString()).isEqualTo(want.get("hedge").isNull() ? null
                    : want.get("hedge").asText());
            assertThat(f.kind()).as(want.toString()).isEqualTo(want.get("kind").asText());
            if (want.has("claimant")) {
                assertThat(named(f.claimant(), want.get("claimant"))).as(want + " got " + f.claimant()).isTrue();
            }
        }
    }

    @Test
    void findsTheExpectedStatementsWithModeAndSpeaker() {
        for (JsonNode want : expected.get("statements")) {
            String id = article(want.get("doc").asText());
            List<Statement> candidates = corpus.statements().stream().filter(s -> s.article().equals(id)
                    && s.content().contains(want.get("snippet").asText())).toList();
            assertThat(candidates).as(want.toString()).isNotEmpty();
            assertThat(candidates).as(want.toString()).anySatisfy(s -> {
                assertThat(s.mode()).isEqualTo(want.get("mode").asText());
                assertThat(named(s.speaker(), want.get("speaker"))).isTrue();
            });
        }
    }

    @Test
    void datesYearsAndTimesAreNotFigures() {
        for (JsonNode want : expected.get("not_figures")) {
            String id = article(want.get("doc").asText());
            for (JsonNode v : want.get("values")) {
                assertThat(corpus.figures()).as(want.get("doc") + " " + v)
                        .noneMatch(f -> f.article().equals(id) && f.value() != null && f.value() == v.asDouble());
            }
        }
    }

    @Test
    void everyOffsetResolvesIntoItsArticle() {
        for (Figure f : corpus.figures()) {
            String text = corpus.article(f.article()).text();
            assertThat(f.start()).isBetween(0, f.end());
            assertThat(f.end()).isLessThanOrEqualTo(text.length());
        }
        for (Statement s : corpus.statements()) {
            String text = corpus.article(s.article()).text();
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(s.start(), s.end())).isNotBlank();
            s.parts().forEach(p -> assertThat(text.substring(p.start(), p.end()).strip()).isIn(
                    List.of(s.content().split(" … "))));
        }
        corpus.entities().forEach(e -> e.mentions().forEach(m -> assertThat(corpus.article(m.article()).text()
                .substring(m.start(), m.end())).isEqualTo(m.text())));
    }
}
