package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Figure;
import org.crosscheck.testing.Nlp;
import org.junit.jupiter.api.Test;

/**
 * Scores figure extraction on the project's own dev set ({@code figures-dev.tsv}: sentences written for
 * Crosscheck, split into halves A and B) and prints value and value+bound precision, recall and F1 per half.
 * The hedge-to-bound mapping here is the scorer's own, independent of the extractor's data files.
 */
class FigureDevSetTest {

    private static final Map<String, String> BOUNDS = Map.ofEntries(Map.entry("at least", ">="),
            Map.entry("no fewer than", ">="), Map.entry("no less than", ">="), Map.entry("more than", ">"),
            Map.entry("over", ">"), Map.entry("above", ">"), Map.entry("in excess of", ">"),
            Map.entry("upwards of", ">"), Map.entry("well over", ">"), Map.entry("just over", ">"),
            Map.entry("up to", "<="), Map.entry("at most", "<="), Map.entry("no more than", "<="),
            Map.entry("as many as", "<="), Map.entry("less than", "<"), Map.entry("fewer than", "<"),
            Map.entry("under", "<"), Map.entry("below", "<"), Map.entry("just under", "<"));

    record Gold(double value, Double low, Double high, String bound, String unit) {
    }

    record Case(String half, int batch, String text, List<Gold> gold) {
    }

    @Test
    void devSetScores() throws IOException {
        List<Case> cases = cases();
        Corpus c = Nlp.extracted(cases.stream().map(Case::text).toArray(String[]::new));
        StringBuilder report = new StringBuilder();
        double[] f1 = new double[2];
        int h = 0;
        List<String> groups = new ArrayList<>(List.of("A", "B"));
        int batches = cases.stream().mapToInt(Case::batch).max().orElse(1);
        for (int b = 1; b <= batches; b++) {
            groups.add("A" + b);
            groups.add("B" + b);
        }
        for (String half : groups) {
            int[] n = new int[5]; // gold, predicted, value hits, value+bound hits, unit hits
            boolean detail = half.length() == 1;
            for (int i = 0; i < cases.size(); i++) {
                Case k = cases.get(i);
                if (!k.half().equals(half.substring(0, 1)) || !detail && k.batch() != Integer.parseInt(half.substring(1))) {
                    continue;
                }
                String id = "a" + (i + 1);
                List<Figure> pred = new ArrayList<>(c.figures().stream().filter(f -> f.article().equals(id))
                        .filter(f -> f.value() != null || f.low() != null).toList());
                n[0] += k.gold().size();
                n[1] += pred.size();
                List<String> misses = new ArrayList<>();
                for (Gold g : k.gold()) {
                    Figure hit = pred.stream().filter(f -> sameValue(f, g)).findFirst().orElse(null);
                    if (hit == null) {
                        misses.add("miss " + g);
                        continue;
                    }
                    pred.remove(hit);
                    n[2]++;
                    if (bound(hit.hedge()).equals(g.bound())) {
                        n[3]++;
                    } else {
                        misses.add("bound " + hit.hedge() + " for " + g.bound());
                    }
                    if (Objects.equals(hit.unit(), g.unit())) {
                        n[4]++;
                    } else {
                        misses.add("unit " + hit.unit() + " for " + g.unit());
                    }
                }
                pred.forEach(f -> misses.add("extra " + f.value() + " " + f.low() + ".." + f.high() + " " + f.unit()
                        + " '" + k.text().substring(f.start(), f.end()) + "'"));
                if (!misses.isEmpty() && detail) {
                    report.append(half).append(' ').append(k.text()).append("\n    ").append(misses).append('\n');
                }
            }
            double p = n[1] == 0 ? 0 : (double) n[2] / n[1];
            double r = (double) n[2] / n[0];
            double pb = n[1] == 0 ? 0 : (double) n[3] / n[1];
            double rb = (double) n[3] / n[0];
            if (h < 2) {
                f1[h++] = f(p, r);
            }
            report.append(String.format(Locale.ROOT,
                    "%-3s gold %d predicted %d | value P %.3f R %.3f F1 %.3f | value+bound P %.3f R %.3f F1 %.3f"
                            + " | unit right %d/%d%n", half, n[0], n[1], p, r, f(p, r), pb, rb, f(pb, rb), n[4], n[2]));
        }
        System.out.println(report);
        assertThat(f1[0]).isGreaterThan(0.0);
    }

    private static double f(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static boolean sameValue(Figure f, Gold g) {
        if (g.low() != null) {
            return f.low() != null && close(f.low(), g.low()) && close(f.high(), g.high());
        }
        return f.value() != null && close(f.value(), g.value());
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-4 * Math.max(1, Math.abs(b));
    }

    private static String bound(String hedge) {
        if (hedge == null) {
            return "=";
        }
        return BOUNDS.getOrDefault(hedge.toLowerCase(Locale.ROOT), "~");
    }

    private static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                FigureDevSetTest.class.getResourceAsStream("figures-dev.tsv"), StandardCharsets.UTF_8))) {
            int batch = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.matches("# (second|third|fourth|fifth) batch.*")) {
                    batch++;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                List<Gold> gold = new ArrayList<>();
                if (!cols[2].equals("-")) {
                    for (String item : cols[2].split(" \\| ")) {
                        gold.add(gold(item.strip()));
                    }
                }
                out.add(new Case(cols[0], batch, cols[1], gold));
            }
        }
        return out;
    }

    private static Gold gold(String item) {
        String bound = "=";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(>=|<=|~|>|<)?([0-9]+(?:\\.[0-9]+)?)(?:\\.\\.([0-9]+(?:\\.[0-9]+)?))?(?: (.+))?$")
                .matcher(item);
        if (!m.matches()) {
            throw new IllegalArgumentException(item);
        }
        if (m.group(1) != null) {
            bound = m.group(1);
        }
        double v = Double.parseDouble(m.group(2));
        Double low = m.group(3) == null ? null : v;
        Double high = m.group(3) == null ? null : Double.valueOf(m.group(3));
        return new Gold(v, low, high, bound, m.group(4));
    }
}
