package org.crosscheck.bench;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The snippet metric of trafilatura's evaluation, ported from {@code ../shared/eval/trafeval/score.py}: each
 * {@code with} snippet found in a page's whitespace-normalised text is a true positive (else a false
 * negative), each {@code without} snippet found a false positive (else a true negative); precision, recall,
 * accuracy and F1 over all snippets of all pages. A page without text counts as missing every snippet.
 */
final class SnippetMetric {

    // Python's \s on str is str.isspace(): Unicode White_Space plus the separators U+001C..U+001F
    private static final Pattern SPACE = Pattern.compile("[\\s\\x1c-\\x1f]+", Pattern.UNICODE_CHARACTER_CLASS);

    /** Snippet counts over pages; add pages with {@link #add}. */
    static final class Counts {
        private int tp;
        private int fp;
        private int fn;
        private int tn;

        /**
         * Adds one page.
         *
         * @param text    the page's extracted text, or null when there is none
         * @param with    snippets that must be in it
         * @param without snippets that must not
         */
        void add(String text, List<String> with, List<String> without) {
            String t = text == null ? null : normalise(text);
            for (String w : with) {
                if (t != null && t.contains(normalise(w))) {
                    tp++;
                } else {
                    fn++;
                }
            }
            for (String w : without) {
                if (t != null && t.contains(normalise(w))) {
                    fp++;
                } else {
                    tn++;
                }
            }
        }

        /** Share of found snippets that belong to the main text. */
        double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        /** Share of main-text snippets found. */
        double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        /** Share of snippets judged right (found or rightly absent). */
        double accuracy() {
            int all = tp + fp + fn + tn;
            return all == 0 ? 0 : (tp + tn) / (double) all;
        }

        /** Harmonic mean of precision and recall. */
        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private SnippetMetric() {
    }

    /**
     * Normalises whitespace as score.py does: runs become one space, ends are stripped.
     *
     * @param s the text, or null
     * @return the normalised text
     */
    static String normalise(String s) {
        return s == null ? "" : SPACE.matcher(s).replaceAll(" ").strip();
    }
}
