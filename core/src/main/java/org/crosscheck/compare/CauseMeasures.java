package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.crosscheck.extract.frame.FrameLexicon;
import org.crosscheck.model.Figure;

/**
 * The measure of the happening a count belongs to, when its sentence states one: in "a magnitude-5.2 quake has
 * injured three people" the three injured belong to the 5.2 quake. Two counts whose sentences name their
 * happenings by different measures count what two happenings did, whatever else their frames share. A measure
 * told after a count belongs to it only when no other count stands between them. Read from
 * the article text (no annotations), so that both pipelines see the same sentences. A count of a state ("home to
 * 120,000 people") belongs to no happening.
 */
final class CauseMeasures {

    /** A sentence ends between two figures when a stop is followed by a capital or a quote that opens one. */
    private static final Pattern SENTENCE_END =
            Pattern.compile("[.!?][\"'\u201d\u2019)]*\\s+[\"'\u201c\u2018(]*\\p{Lu}|\\n");

    private final Map<String, Double> causeOf = new HashMap<>();

    /**
     * Finds the cause measure of each count of a story.
     *
     * @param figures the story's figures
     * @param textOf  the clean text of an article by its id
     */
    CauseMeasures(List<Figure> figures, Function<String, String> textOf) {
        Map<String, List<Figure>> byArticle = new HashMap<>();
        figures.forEach(f -> byArticle.computeIfAbsent(f.article(), k -> new ArrayList<>()).add(f));
        byArticle.forEach((article, own) -> {
            String text = textOf.apply(article);
            for (Figure count : own) {
                if (isCause(count) || isState(count) || text == null) {
                    continue;
                }
                own.stream().filter(CauseMeasures::isCause).filter(m -> oneSentence(text, m, count))
                        .filter(m -> m.start() < count.start() || !countBetween(own, count, m)).findFirst()
                        .ifPresent(m -> causeOf.put(count.id(), Verdicts.point(m)));
            }
        });
    }

    /**
     * Tells whether two figures may count what one happening did, as far as their causes' measures tell.
     *
     * @param a a figure
     * @param b another figure
     * @return false when both sentences state a measure of their happening and the two differ
     */
    boolean agree(Figure a, Figure b) {
        Double x = causeOf.get(a.id());
        Double y = causeOf.get(b.id());
        return x == null || y == null || Math.abs(x - y) < 1e-9;
    }

    /** A count of a state ("home to 120,000 people"), which no happening of its sentence caused. */
    private static boolean isState(Figure f) {
        return f.measure() != null && FrameLexicon.english().isState(f.measure().action());
    }

    /** A measure of the happening itself (a magnitude), not a span of time. */
    private static boolean isCause(Figure f) {
        return f.measure() != null && "measure".equals(f.measure().sort()) && f.measure().baseUnit() != null
                && !"s".equals(f.measure().baseUnit()) && Verdicts.point(f) != null;
    }

    /**
     * Another count between a count and a measure after it: "killed 31,000 in Bam in 2003, and 600 were killed in
     * Zarand in an earthquake with a magnitude of 6.4" measures the happening of the nearer count only. A measure
     * before its counts ("a 5.2 quake injured three and killed two") is the subject's, and belongs to all of them.
     */
    private static boolean countBetween(List<Figure> own, Figure count, Figure measure) {
        return own.stream().anyMatch(f -> f != count && !isCause(f) && f.start() >= count.end()
                && f.end() <= measure.start());
    }

    private static boolean oneSentence(String text, Figure a, Figure b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        return from <= to && to <= text.length() && !SENTENCE_END.matcher(text.substring(from, to)).find();
    }
}
