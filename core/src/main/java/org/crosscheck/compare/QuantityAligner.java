package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.extract.frame.WordFrames;
import org.crosscheck.model.Article;
import org.crosscheck.model.Figure;

/**
 * Groups the figures of one story into quantities: complete-link clustering over {@link FrameMatch}, closest
 * frames first, so that two groups join only when every figure of one may report the quantity of every figure
 * of the other (no chaining of "9 executed" through "9 prisoners" to "93 executed since the war began").
 * A figure that restates another in a second unit joins the quantity of the figure it restates.
 */
final class QuantityAligner {

    /** Figures of one event join before those of two events of a story. */
    private static final double CROSS_EVENT = 0.5;

    private final FrameMatch match;

    QuantityAligner(FrameMatch match) {
        this.match = match;
    }

    /**
     * Groups figures into quantities.
     *
     * @param figures the figures of one story, in dossier order
     * @param eventOf the event of each article
     * @param articles the story's articles
     * @return the quantities, each a list of figures in dossier order; quantities ordered by their first figure
     */
    List<List<Figure>> align(List<Figure> figures, Map<String, String> eventOf, List<Article> articles) {
        Map<String, String> textOf = new HashMap<>();
        articles.forEach(a -> textOf.put(a.id(), a.text()));
        java.util.Set<String> unframed = new java.util.HashSet<>();
        articles.stream().filter(a -> !WordFrames.isFramed(a.language()))
                .forEach(a -> unframed.add(a.id()));
        Checks checks = new Checks(new CauseMeasures(figures, textOf::get), new EarlierHappenings(articles, eventOf),
                unframed);
        List<Figure> heads = figures.stream().filter(f -> f.aliasOf() == null).toList();
        Map<String, List<Figure>> byDimension = new LinkedHashMap<>();
        for (Figure f : heads) {
            String dimension = f.measure() == null ? f.kind() + "|" + f.unit() : String.valueOf(f.measure().baseUnit());
            byDimension.computeIfAbsent(dimension, k -> new ArrayList<>()).add(f);
        }
        List<List<Figure>> clusters = new ArrayList<>();
        byDimension.values().forEach(block -> clusters.addAll(cluster(block, eventOf, checks)));
        attachAliases(figures, clusters);
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            order.put(figures.get(i).id(), i);
        }
        clusters.forEach(c -> c.sort(Comparator.comparing(f -> order.get(f.id()))));
        clusters.sort(Comparator.comparing(c -> order.get(c.get(0).id())));
        return clusters;
    }

    private List<List<Figure>> cluster(List<Figure> block, Map<String, String> eventOf, Checks checks) {
        int n = block.size();
        boolean[][] ok = new boolean[n][n];
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Figure a = block.get(i);
                Figure b = block.get(j);
                boolean sameEvent = Objects.equals(eventOf.get(a.article()), eventOf.get(b.article()));
                ok[i][j] = ok[j][i] = match.compatible(a, b, sameEvent) && checks.agree(a, b, sameEvent);
                if (ok[i][j]) {
                    pairs.add(new double[] {match.score(a, b) - (sameEvent ? 0 : CROSS_EVENT), i, j});
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((double[] p) -> -p[0]).thenComparingDouble(p -> p[1])
                .thenComparingDouble(p -> p[2]));
        int[] group = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            group[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        for (double[] p : pairs) {
            int a = group[(int) p[1]];
            int b = group[(int) p[2]];
            if (a != b && allCompatible(members.get(a), members.get(b), ok)) {
                for (int m : members.get(b)) {
                    group[m] = a;
                }
                members.get(a).addAll(members.get(b));
                members.get(b).clear();
            }
        }
        List<List<Figure>> out = new ArrayList<>();
        for (List<Integer> m : members) {
            if (!m.isEmpty()) {
                out.add(new ArrayList<>(m.stream().map(block::get).toList()));
            }
        }
        return out;
    }

    /**
     * What the article texts and dates tell beside the frames. A figure of a language whose frames are not read
     * (no counted nouns, running totals or time words in its lexicon) says nothing that would tell two values
     * of its kind apart, so it joins only a repetition of its value, never a row it would make differ.
     */
    private record Checks(CauseMeasures causes, EarlierHappenings earlier, java.util.Set<String> unframed) {
        boolean agree(Figure a, Figure b, boolean sameEvent) {
            boolean framed = !unframed.contains(a.article()) && !unframed.contains(b.article());
            return causes.agree(a, b) && earlier.agree(a, b, sameEvent) && (framed || Verdicts.sameValue(a, b));
        }
    }

    private static boolean allCompatible(List<Integer> a, List<Integer> b, boolean[][] ok) {
        for (int x : a) {
            for (int y : b) {
                if (!ok[x][y]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void attachAliases(List<Figure> figures,
                                      List<List<Figure>> clusters) {
        for (Figure alias : figures) {
            if (alias.aliasOf() == null) {
                continue;
            }
            clusters.stream().filter(c -> c.stream().anyMatch(f -> Objects.equals(f.id(), alias.aliasOf())))
                    .findFirst().ifPresentOrElse(c -> c.add(alias), () -> clusters.add(new ArrayList<>(List.of(alias))));
        }
    }
}
