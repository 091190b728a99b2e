package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Measure;
import org.junit.jupiter.api.Test;

class CauseMeasuresTest {

    private static final String FIRST = "A 5.6 quake hit the island, injuring five people. Later 2 were injured.";
    private static final String SECOND = "A magnitude-5.2 quake has injured three people. A 5.6 quake injured 5.";

    private static Figure magnitude(String id, String article, String text, String written, double value) {
        int at = text.indexOf(written);
        return new Figure(id, article, at, at + written.length(), "other", value, null, null, null, "magnitude",
                "quake", null, null, null, null, new Measure("quake", "magnitude", "measure", List.of(), null,
                "magnitude", 1.0), null, null);
    }

    private static Figure injured(String id, String article, String text, String written, double value) {
        int at = text.indexOf(written) + (written.startsWith("injured ") ? "injured ".length() : 0);
        return new Figure(id, article, at, at + 1, "injured", value, null, null, null, null,
                "people", null, null, null, null, new Measure("people", "people", "people", List.of(), "injured",
                null, null), null, null);
    }

    @Test
    void countsOfHappeningsWithDifferentMeasuresInTheirSentencesDoNotAgree() {
        Figure five = injured("f2", "a1", FIRST, "five", 5);
        Figure two = injured("f3", "a1", FIRST, "2 were", 2);
        Figure three = injured("f5", "a2", SECOND, "three", 3);
        Figure alsoFive = injured("f7", "a2", SECOND, "injured 5", 5);
        List<Figure> story = List.of(magnitude("f1", "a1", FIRST, "5.6", 5.6), five, two,
                magnitude("f4", "a2", SECOND, "5.2", 5.2), three, magnitude("f6", "a2", SECOND, "5.6", 5.6), alsoFive);
        CauseMeasures causes = new CauseMeasures(story, Map.of("a1", FIRST, "a2", SECOND)::get);
        assertThat(causes.agree(five, three)).isFalse();
        assertThat(causes.agree(five, alsoFive)).isTrue();
        assertThat(causes.agree(two, three)).as("a sentence that names no measure says nothing").isTrue();
    }

    @Test
    void aMeasureAfterACountBelongsToTheNearerCountOnly() {
        String text = "A quake killed 310 in Vell in 2003, and 60 were killed in Dorn in an earthquake of magnitude 6.4.";
        String other = "A 6.7 quake killed 300 people in Vell.";
        Figure vell = injured("f1", "a1", text, "310", 310);
        Figure dorn = injured("f2", "a1", text, "60", 60);
        Figure again = injured("f4", "a2", other, "300", 300);
        List<Figure> story = List.of(vell, dorn, magnitude("f3", "a1", text, "6.4", 6.4),
                magnitude("f5", "a2", other, "6.7", 6.7), again);
        CauseMeasures causes = new CauseMeasures(story, Map.of("a1", text, "a2", other)::get);
        assertThat(causes.agree(vell, again)).as("6.4 is Dorn's quake").isTrue();
        assertThat(causes.agree(dorn, again)).isFalse();
    }
}
