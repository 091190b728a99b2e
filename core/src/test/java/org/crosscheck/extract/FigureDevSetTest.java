package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Figure;
import org.crosscheck.testing.Nlp;
import org.junit.jupiter.api.Test;

/**
 * Scores figure extraction on the project's own dev set ({@code figures-dev.tsv}: sentences written for
 * Crosscheck, split into halves A and B) and prints value and value+bound precision, recall and F1 per half.
 * Scored by {@link FigureScorer}, whose hedge-to-bound mapping is independent of the extractor's data files.
 */
class FigureDevSetTest {

    record Case(String half, int batch, String text, List<FigureScorer.Gold> gold) {
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
            FigureScorer.Tally tally = new FigureScorer.Tally();
            boolean detail = half.length() == 1;
            for (int i = 0; i < cases.size(); i++) {
                Case k = cases.get(i);
                if (!k.half().equals(half.substring(0, 1)) || !detail && k.batch() != Integer.parseInt(half.substring(1))) {
                    continue;
                }
                String id = "a" + (i + 1);
                List<Figure> pred = c.figures().stream().filter(f -> f.article().equals(id))
                        .filter(f -> f.value() != null || f.low() != null).toList();
                List<String> misses = FigureScorer.score(k.text(), k.gold(), pred, tally);
                if (!misses.isEmpty() && detail) {
                    report.append(half).append(' ').append(k.text()).append("\n    ").append(misses).append('\n');
                }
            }
            if (h < 2) {
                f1[h++] = tally.valueF1();
            }
            report.append(tally.line(half)).append('\n');
        }
        System.out.println(report);
        // floors a little under the scores measured (A 1.000, B 0.992)
        assertThat(f1[0]).as("value F1 on half A").isGreaterThan(0.98);
        assertThat(f1[1]).as("value F1 on half B").isGreaterThan(0.98);
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
                out.add(new Case(cols[0], batch, cols[1], FigureScorer.golds(cols[2])));
            }
        }
        return out;
    }
}
