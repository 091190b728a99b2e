package org.crosscheck.compare;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.pipeline.DataFiles;

/**
 * The interval a vague amount allows, from its words ({@code vague-amounts-en.tsv}): "dozens" is 24 to 143,
 * "hundreds" 200 to 999, "tens of thousands" 20,000 to 99,000, "several hundred" 200 to 900. So "hundreds"
 * beside 612 and 600 reconciles neither with the other, and "dozens" beside 12 differs.
 */
final class VagueAmounts {

    private static final Map<String, double[]> WORDS = load();

    private VagueAmounts() {
    }

    /**
     * Reads a vague amount.
     *
     * @param words the amount as written (a figure's hedge when it states no number), or null
     * @return its fewest and most, or null when a word is not known
     */
    static double[] interval(String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        double[] range = null;
        double[] quantifier = null;
        for (String w : words.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (w.equals("of") || w.equals("a")) {
                continue;
            }
            double[] row = WORDS.get(w);
            if (row == null) {
                return null;
            }
            if (Double.isNaN(row[2])) {
                quantifier = row;
            } else if (range == null) {
                range = quantifier == null ? new double[] {row[0], row[1]}
                        : new double[] {quantifier[0] * row[2], quantifier[1] * row[2]};
            } else {
                range = new double[] {range[0] * row[2], range[1] * row[2]};
            }
        }
        return range;
    }

    private static Map<String, double[]> load() {
        Map<String, double[]> out = new HashMap<>();
        for (String[] row : DataFiles.rows(VagueAmounts.class, "vague-amounts-en.tsv")) {
            double unit = row[3].equals("-") ? Double.NaN : Double.parseDouble(row[3]);
            out.put(row[0], new double[] {Double.parseDouble(row[1]), Double.parseDouble(row[2]), unit});
        }
        return Map.copyOf(out);
    }
}
