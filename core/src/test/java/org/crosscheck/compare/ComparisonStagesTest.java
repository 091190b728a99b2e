package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.annotate.AnnotateStage;
import org.crosscheck.annotate.CoreNlpAnnotator;
import org.crosscheck.extract.EntityStage;
import org.crosscheck.extract.FigureStage;
import org.crosscheck.extract.StatementStage;
import org.crosscheck.extract.frame.FrameStage;
import org.crosscheck.model.Article;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Story;
import org.crosscheck.pipeline.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real annotation, extraction, frames and comparison over self-written reports of one story by four outlets:
 * one quantity in different words, two incidents and a running total in one article, a unit restatement, a
 * report that changed, and a figure only one outlet gives.
 */
class ComparisonStagesTest {

    private static final String A = "Nine captured Valdorian soldiers were executed near Brenmoor on Tuesday, the "
            + "ombudsman said. Prosecutors said 16 Valdorian soldiers were executed near Kessel earlier this month and "
            + "that 93 Valdorian soldiers have been executed since the start of the war. The army now controls around "
            + "1,150 square kilometres (444 square miles) of the province.";
    private static final String B = "The ombudsman said nine Valdorian troops had been executed after they were "
            + "captured near Brenmoor. Officials said 68 drones were launched overnight.";
    private static final String C = "Nine Valdorian prisoners of war were executed, the ombudsman said on Wednesday. "
            + "At least 120 homes were destroyed by the floods, the mayor said.";
    private static final String D = "The mayor said on Friday that 150 homes had been destroyed by the floods. "
            + "The repairs will cost 2.5 billion euros.";
    private static final String E = "Mayor Anna Berg accused the army of burning the Brenmoor market. Army spokesman "
            + "Ivo Laszlo denied that soldiers had burned the market. Laszlo said the talks would go on.";

    private static Corpus corpus;

    @BeforeAll
    static void compare() {
        Corpus c = Corpus.of(List.of(article("a1", A, "2026-03-04"), article("a2", B, "2026-03-04"),
                article("a3", C, "2026-03-05"), article("a4", D, "2026-03-07"), article("a5", E, "2026-03-07")),
                List.of());
        c = new AnnotateStage(CoreNlpAnnotator::shared, 2).apply(c, Progress.NONE);
        c = new EntityStage().apply(c, Progress.NONE);
        c = new StatementStage().apply(c, Progress.NONE);
        c = new FigureStage().apply(c, Progress.NONE);
        c = new FrameStage().apply(c, Progress.NONE);
        c = c.withCopies(List.of()).withEvents(List.of(new Event("ev1", "Executions",
                List.of("a1", "a2", "a3", "a4", "a5"),
                List.of()))).withStories(List.of(new Story("st1", "The war", List.of("ev1"))));
        corpus = new CompareStage().apply(c, Progress.NONE);
    }

    private static Article article(String id, String text, String published) {
        return new Article(id, id + ".txt", "Outlet " + id, null, null, published, null, "en", text, List.of(),
                List.of(), null, List.of());
    }

    private static Figure figure(String article, double value) {
        return corpus.figures().stream().filter(f -> f.article().equals(article) && f.value() != null
                && f.value() == value).findFirst().orElseThrow(() -> new AssertionError("no figure " + value));
    }

    private static Comparison comparisonOf(Figure f) {
        return corpus.comparisons().stream().filter(c -> c.figures().contains(f.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no comparison holds " + f));
    }

    @Test
    void oneQuantityInDifferentWordsIsOneRowWhereSourcesAgree() {
        Comparison nine = comparisonOf(figure("a1", 9));
        assertThat(nine.figures()).contains(figure("a2", 9).id(), figure("a3", 9).id());
        assertThat(nine.verdict()).isEqualTo("agree");
        assertThat(nine.quantity().measure().action()).isEqualTo("killed");
    }

    @Test
    void otherIncidentsAndARunningTotalAreOtherQuantities() {
        Comparison nine = comparisonOf(figure("a1", 9));
        assertThat(nine.figures()).doesNotContain(figure("a1", 16).id(), figure("a1", 93).id());
        assertThat(comparisonOf(figure("a1", 16))).isNotEqualTo(comparisonOf(figure("a1", 93)));
        assertThat(figure("a1", 93).scope().cumulative()).isTrue();
        assertThat(comparisonOf(figure("a1", 93)).verdict()).isEqualTo("single");
    }

    @Test
    void outletsRepeatingOneSourceAgreeAndTheNoteSaysThereIsNoCorroboration() {
        Corpus copied = new CompareStage().apply(corpus.withComparisons(List.of()).withCopies(List.of(
                new org.crosscheck.model.Copy("a2", "a1", "wire", 0.9),
                new org.crosscheck.model.Copy("a3", "a1", "wire", 0.9))), Progress.NONE);
        Comparison nine = copied.comparisons().stream().filter(c -> c.figures().contains(figure("a1", 9).id()))
                .findFirst().orElseThrow();
        assertThat(nine.verdict()).isEqualTo("agree");
        assertThat(nine.note()).contains("1 independent source, no corroboration");
    }

    @Test
    void aUnitRestatementIsAnAliasInTheSameRowAndNoSecondSource() {
        Figure km = figure("a1", 1150);
        Figure miles = figure("a1", 444);
        assertThat(miles.aliasOf()).isEqualTo(km.id());
        assertThat(comparisonOf(km).figures()).contains(miles.id());
        assertThat(comparisonOf(km).verdict()).isEqualTo("single");
    }

    @Test
    void aFigureThatRoseOverTheDaysChanged() {
        Comparison homes = comparisonOf(figure("a3", 120));
        assertThat(homes.figures()).contains(figure("a4", 150).id());
        assertThat(homes.verdict()).isEqualTo("changed");
        assertThat(homes.note()).contains("→");
    }

    @Test
    void oneStatementReportedByThreeOutletsIsOneComparisonAndAnUpdateIsNotTheSameStatement() {
        List<Comparison> statements = corpus.comparisons().stream().filter(c -> c.kind().equals("statement")).toList();
        assertThat(statements).anySatisfy(c -> assertThat(c.statements()).hasSize(3));
        assertThat(statements).noneSatisfy(c -> assertThat(c.topic()).contains("mayor"));
    }

    @Test
    void aRowIsToldByItsFigureAsExtractedWithoutTheMarksOfComparing() {
        Figure cost = figure("a4", 2.5e9);
        assertThat(comparisonOf(cost).quantity().measure()).isEqualTo(cost.measure());
        assertThat(cost.measure().qualifiers()).doesNotContain(org.crosscheck.model.Measure.ROUNDED);
    }

    @Test
    void dronesAreNotExecutions() {
        assertThat(comparisonOf(figure("a2", 68)).figures()).hasSize(1);
    }

    @Test
    void aClaimAndAnotherPartysDenialOfItAreDisputed() {
        List<Comparison> disputed = corpus.comparisons().stream().filter(c -> "disputed".equals(c.verdict())).toList();
        assertThat(disputed).hasSize(1);
        List<String> speakers = disputed.get(0).statements().stream()
                .map(id -> corpus.statements().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow())
                .map(s -> s.speaker().text()).toList();
        assertThat(speakers).hasSize(2).anyMatch(t -> t.contains("Berg")).anyMatch(t -> t.contains("Laszlo"));
        assertThat(disputed.get(0).note()).startsWith("Disputed: ");
    }
}
