package org.crosscheck.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's own metric, ported from {@code ../shared/eval/aeb/score.py}: \w+
 * tokens, 4-token shingles matched as multisets, each page's TP/FP/FN normalised to sum 1, precision and
 * recall averaged over pages, F1 of the two averages; accuracy is the share of exact token sequences.
 */
final class AebMetric {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** Precision, recall, F1 and accuracy of one extractor over the benchmark's pages. */
    record Score(double precision, double recall, double f1, double accuracy) {
    }

    private AebMetric() {
    }

    /**
     * Scores predicted bodies against the true ones.
     *
     * @param truth     page id to true article body
     * @param predicted page id to extracted text; a missing page counts as empty
     * @return the scores
     */
    static Score score(Map<String, String> truth, Map<String, String> predicted) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        int exact = 0;
        for (Map.Entry<String, String> page : truth.entrySet()) {
            String pred = predicted.getOrDefault(page.getKey(), "");
            double[] c = counts(page.getValue(), pred);
            if (c[0] + c[1] > 0) {
                precisionSum += c[1] == 0 && c[2] == 0 ? 1 : c[0] / (c[0] + c[1]);
                precisionPages++;
            }
            if (c[0] + c[2] > 0) {
                recallSum += c[1] == 0 && c[2] == 0 ? 1 : c[0] / (c[0] + c[2]);
                recallPages++;
            }
            exact += tokens(page.getValue()).equals(tokens(pred)) ? 1 : 0;
        }
        double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double r = recallPages == 0 ? 0 : recallSum / recallPages;
        return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), exact / (double) truth.size());
    }

    /** Normalised TP, FP, FN of one page. */
    private static double[] counts(String truth, String pred) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(pred);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int inTruth = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(inTruth, e.getValue());
            fp += Math.max(0, e.getValue() - inTruth);
        }
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new double[3] : new double[] {tp / sum, fp / sum, fn / sum};
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> toks = tokens(text);
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, toks.size() - N + 1); i++) {
            List<String> gram = toks.subList(i, Math.min(toks.size(), i + N));
            if (!gram.isEmpty()) {
                out.merge(List.copyOf(gram), 1, Integer::sum);
            }
        }
        return out;
    }

    private static List<String> tokens(String text) {
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
