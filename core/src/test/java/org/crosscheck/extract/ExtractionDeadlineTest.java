package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.crosscheck.extract.frame.FrameStage;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.testing.Nlp;
import org.crosscheck.testing.NotingProgress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The entity, statement and figure finders stop at an article's time budget: with a budget already spent they
 * look at no sentence, keep nothing, and the article gets a warning (not an error); with room they find what they
 * find without one.
 */
class ExtractionDeadlineTest {

    private static final Duration SPENT = Duration.ofNanos(1);
    private static final Duration AMPLE = Duration.ofMinutes(5);
    private static Corpus annotated;

    @BeforeAll
    static void annotate() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            text.append("“The river rose by ").append(i).append(" metres overnight,” said Tomas Reyes of the Valley "
                    + "Relief Office. At least ").append(i * 10).append(" people were evacuated, officials said.\n\n");
        }
        annotated = Nlp.annotated(text.toString());
    }

    @Test
    void aSpentBudgetStopsEveryFinderWithAWarning() {
        NotingProgress progress = new NotingProgress();
        Corpus c = new EntityStage(SPENT).apply(annotated, progress);
        c = new StatementStage(SPENT).apply(c, progress);
        c = new FigureStage(SPENT).apply(c, progress);

        assertThat(c.entities()).isEmpty();
        assertThat(c.statements()).isEmpty();
        assertThat(c.figures()).isEmpty();
        assertThat(c.errors()).as("a stop at the budget is a warning, not an error").isEmpty();
        int sentences = annotated.annotations().values().iterator().next().sentences().size();
        Article a = c.articles().get(0);
        assertThat(a.warnings()).containsExactly(
                "entities stopped at its time budget of 0.0 s after 0 of " + sentences + " sentences: no name is "
                        + "found in the rest",
                "statements stopped at its time budget of 0.0 s after 0 of " + sentences + " sentences: no "
                        + "statement is found in the rest",
                "figures stopped at its time budget of 0.0 s after 0 of " + sentences + " sentences: no figure is "
                        + "found in the rest");
        assertThat(progress.notes()).hasSize(3).allSatisfy(n -> assertThat(n).startsWith(a.source() + ": "));
    }

    @Test
    void aSpentBudgetLeavesTheFiguresUnframedWithAWarning() {
        Corpus found = new FigureStage().apply(new EntityStage().apply(annotated, Progress.NONE), Progress.NONE);
        NotingProgress progress = new NotingProgress();
        Corpus c = new FrameStage(SPENT).apply(found, progress);

        assertThat(c.figures()).isEqualTo(found.figures()).allSatisfy(f -> assertThat(f.measure()).isNull());
        assertThat(c.errors()).isEmpty();
        assertThat(c.articles().get(0).warnings()).containsExactly("frames stopped at its time budget of 0.0 s after "
                + "0 of " + found.figures().size() + " figures: no frame is found in the rest");
        assertThat(progress.notes()).hasSize(1);
        Corpus ample = new FrameStage(AMPLE).apply(found, Progress.NONE);
        assertThat(ample.articles().get(0).warnings()).isEmpty();
        assertThat(ample.figures()).allSatisfy(f -> assertThat(f.measure()).isNotNull())
                .isEqualTo(new FrameStage().apply(found, Progress.NONE).figures());
    }

    @Test
    void anAmpleBudgetFindsAllWithoutAWarning() {
        Corpus bounded = new FigureStage(AMPLE).apply(new StatementStage(AMPLE).apply(
                new EntityStage(AMPLE).apply(annotated, Progress.NONE), Progress.NONE), Progress.NONE);
        Corpus unbounded = new FigureStage().apply(new StatementStage().apply(
                new EntityStage().apply(annotated, Progress.NONE), Progress.NONE), Progress.NONE);

        assertThat(bounded.articles().get(0).warnings()).isEmpty();
        assertThat(bounded.statements()).hasSize(12).isEqualTo(unbounded.statements());
        assertThat(bounded.figures()).isNotEmpty().isEqualTo(unbounded.figures());
        assertThat(bounded.entities()).isNotEmpty().isEqualTo(unbounded.entities());
    }
}
