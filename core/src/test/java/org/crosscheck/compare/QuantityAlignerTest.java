package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crosscheck.extract.frame.FrameLexicon;
import org.crosscheck.model.Article;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Measure;
import org.junit.jupiter.api.Test;

class QuantityAlignerTest {

    private final QuantityAligner aligner = new QuantityAligner(new FrameMatch(FrameLexicon.english()));

    private static Article article(String id, String language) {
        return new Article(id, id + ".txt", "Outlet " + id, null, null, "2026-11-20", null, language, "", List.of(),
                List.of(), null, List.of());
    }

    private static Figure killed(String id, String article, double value, Measure measure) {
        return new Figure(id, article, 0, 1, "killed", value, null, null, null, null, null, null, null, null, null,
                measure, null, null);
    }

    @Test
    void aFigureOfALanguageWithoutFramesJoinsOnlyARepetitionOfItsValue() {
        Measure english = new Measure("people killed", "people", "people", List.of(), "killed", null, null);
        Measure unread = new Measure("killed", null, null, List.of(), null, null, null);
        List<Figure> figures = List.of(killed("f1", "a1", 7, english), killed("f2", "a2", 7, english),
                killed("f3", "a3", 7, unread), killed("f4", "a3", 31, unread));
        List<List<Figure>> rows = aligner.align(figures, Map.of("a1", "ev1", "a2", "ev1", "a3", "ev1"),
                List.of(article("a1", "en"), article("a2", "en"), article("a3", "it")));
        assertThat(rows).extracting(r -> r.stream().map(Figure::id).toList())
                .containsExactlyInAnyOrder(List.of("f1", "f2", "f3"), List.of("f4"));
        // beside a row that moves (7 → 9) it makes no row differ: it stays apart
        List<Figure> moving = List.of(killed("f1", "a1", 7, english), killed("f2", "a2", 9, english),
                killed("f3", "a3", 7, unread));
        assertThat(aligner.align(moving, Map.of("a1", "ev1", "a2", "ev1", "a3", "ev1"),
                List.of(article("a1", "en"), article("a2", "en"), article("a3", "it"))))
                .extracting(r -> r.stream().map(Figure::id).toList())
                .containsExactlyInAnyOrder(List.of("f1", "f2"), List.of("f3"));
    }

    @Test
    void aFigureOfALanguageWithFrameDataJoinsARowThatMoves() {
        Measure english = new Measure("people killed", "people", "people", List.of(), "killed", null, null);
        Measure ukrainian = new Measure("людей загинули", "people", "people", List.of(), "killed", null, null);
        List<Figure> moving = List.of(killed("f1", "a1", 7, english), killed("f2", "a2", 9, english),
                killed("f3", "a3", 7, ukrainian));
        assertThat(aligner.align(moving, Map.of("a1", "ev1", "a2", "ev1", "a3", "ev1"),
                List.of(article("a1", "en"), article("a2", "en"), article("a3", "uk"))))
                .extracting(r -> r.stream().map(Figure::id).toList())
                .containsExactly(List.of("f1", "f2", "f3"));
    }
}
