package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.annotate.AnnotateStage;
import org.crosscheck.annotate.CoreNlpAnnotator;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Statement;
import org.crosscheck.pipeline.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the real CoreNLP annotator and the three extract stages on short self-written articles. */
class ExtractionStagesTest {

    private static final String FIRST = String.join("\n\n",
            "At least 14 people were killed and 30 injured when a bridge collapsed in Norvale on Friday, "
                    + "Governor Tomas Reyes said.",
            "\"We are still searching the river,\" Reyes told reporters. \"Some families have lost everyone.\"",
            "The Regional Rescue Service (RRS) said that some 2,000 residents had been evacuated.",
            "According to the RRS, dozens of people are missing.",
            "Irina Holt, 54, said the bridge had been shaking for weeks.",
            "Interior minister Anna Berg called on engineers to inspect every bridge in the province. She denied "
                    + "that the government had ignored warnings.",
            "The repairs will cost about $2.5 million, the ministry estimated.");
    private static final String SECOND = "Governor Tomas Reyess said on Saturday that the death toll had risen to 17. "
            + "Rescuers have searched about 40 square kilometres of the valley.";
    private static final String THIRD = "Paul Berg, a local farmer, said the water rose within minutes.";

    private static Corpus corpus;

    @BeforeAll
    static void extract() {
        Corpus c = Corpus.of(List.of(article("a1", FIRST), article("a2", SECOND), article("a3", THIRD)), List.of());
        c = new AnnotateStage(CoreNlpAnnotator::shared, 2).apply(c, Progress.NONE);
        c = new EntityStage().apply(c, Progress.NONE);
        c = new StatementStage().apply(c, Progress.NONE);
        corpus = new FigureStage().apply(c, Progress.NONE);
    }

    private static Article article(String id, String text) {
        return new Article(id, id + ".txt", "Example News", null, null, null, null, "en", text, List.of(), List.of(),
                null, List.of());
    }

    private static Figure figure(String article, double value) {
        return corpus.figures().stream().filter(f -> f.article().equals(article) && f.value() != null
                && f.value() == value).findFirst().orElseThrow(() -> new AssertionError("no figure " + value));
    }

    private static Statement statement(String snippet) {
        return corpus.statements().stream().filter(s -> s.content().contains(snippet)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with " + snippet));
    }

    @Test
    void everyOffsetResolvesToItsText() {
        for (Figure f : corpus.figures()) {
            assertThat(corpus.article(f.article()).text().substring(f.start(), f.end())).isNotBlank();
        }
        for (Entity e : corpus.entities()) {
            e.mentions().forEach(m -> assertThat(corpus.article(m.article()).text().substring(m.start(), m.end()))
                    .isEqualTo(m.text()));
        }
        for (Statement s : corpus.statements()) {
            assertThat(corpus.article(s.article()).text().substring(s.start(), s.end())).isNotBlank();
            String text = corpus.article(s.article()).text();
            // every part lies in the text and inside the statement's span; the content is the parts' text
            s.parts().forEach(p -> assertThat(p.start()).isBetween(s.start(), p.end()));
            s.parts().forEach(p -> assertThat(p.end()).isBetween(p.start(), s.end()));
            assertThat(s.content()).isEqualTo(String.join(" … ", s.parts().stream()
                    .map(p -> text.substring(p.start(), p.end()).strip()).toList()));
        }
    }

    @Test
    void figuresCarryHedgeKindAndClaimant() {
        Figure killed = figure("a1", 14);
        assertThat(killed.hedge()).isEqualTo("At least");
        assertThat(killed.kind()).isEqualTo("killed");
        assertThat(killed.claimant().text()).isEqualTo("Tomas Reyes");
        assertThat(figure("a1", 30).kind()).isEqualTo("injured");
        Figure evacuated = figure("a1", 2000);
        assertThat(evacuated.hedge()).isEqualTo("some");
        assertThat(evacuated.kind()).isEqualTo("displaced");
        assertThat(evacuated.claimant().text()).isEqualTo("Regional Rescue Service");
        Figure money = figure("a1", 2_500_000);
        assertThat(money.kind()).isEqualTo("money");
        assertThat(money.unit()).isEqualTo("USD");
        Figure area = figure("a2", 40);
        assertThat(area.unit()).isEqualTo("square kilometres");
        assertThat(area.kind()).isEqualTo("territory");
        assertThat(area.claimant()).isNull();
    }

    @Test
    void vagueAmountsHaveNoValueAndAgesAreNoFigures() {
        assertThat(corpus.figures()).anyMatch(f -> f.value() == null && "dozens".equals(f.hedge())
                && f.kind().equals("missing") && f.claimant() != null);
        assertThat(corpus.figures()).noneMatch(f -> f.value() != null && f.value() == 54);
    }

    @Test
    void directQuotesGetTheirSpeakerAlsoWhenStandingAlone() {
        Statement first = statement("We are still searching the river");
        assertThat(first.mode()).isEqualTo(Statement.DIRECT);
        assertThat(first.speaker().text()).isEqualTo("Tomas Reyes");
        assertThat(statement("Some families have lost everyone").speaker().text()).isEqualTo("Tomas Reyes");
    }

    @Test
    void reportedSpeechWithCallsDenialsAndPronouns() {
        Statement call = statement("engineers to inspect every bridge");
        assertThat(call.mode()).isEqualTo(Statement.REPORTED);
        assertThat(call.cue()).isEqualTo("called on");
        assertThat(call.speaker().text()).isEqualTo("Anna Berg");
        Statement denial = statement("the government had ignored warnings");
        assertThat(denial.speaker().text()).isEqualTo("Anna Berg");
        assertThat(statement("the bridge had been shaking").speaker().text()).isEqualTo("Irina Holt");
        assertThat(statement("the water rose within minutes").speaker().text()).isEqualTo("Paul Berg");
    }

    @Test
    void namesResolveAcrossSpellingsButNotAcrossPeopleSharingASurname() {
        Entity reyes = corpus.entities().stream().filter(e -> e.name().equals("Tomas Reyes")).findFirst().orElseThrow();
        assertThat(reyes.aliases()).contains("Reyes", "Tomas Reyess");
        Entity rrs = corpus.entities().stream().filter(e -> e.aliases().contains("RRS")).findFirst().orElseThrow();
        assertThat(rrs.name()).isEqualTo("Regional Rescue Service");
        assertThat(corpus.entities()).filteredOn(e -> e.name().endsWith("Berg")).hasSize(2);
    }
}
