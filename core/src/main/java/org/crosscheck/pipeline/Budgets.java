package org.crosscheck.pipeline;

import java.time.Duration;
import java.util.Locale;

/**
 * What one article may cost the analysis: how much of its clean text the NLP stages see, and how long
 * annotation and extraction may take on it. An article over a budget keeps its whole text and gets a
 * warning (or, for a slow extraction, an error); the run goes on.
 *
 * @param maxAnnotatedChars the most characters of an article's text that are annotated; the rest stays in
 *                          the text but no sentence, entity, statement or figure is found there
 * @param perArticle        the time annotation may take on one article (it stops between pieces of the text
 *                          once this is spent), and that each extraction stage may take before it is reported
 */
public record Budgets(int maxAnnotatedChars, Duration perArticle) {

    /** Default text cap: 100,000 characters, some fifty times a typical news article. */
    public static final int DEFAULT_MAX_ANNOTATED_CHARS = 100_000;
    /** Default time per article, in seconds. */
    public static final int DEFAULT_PER_ARTICLE_SECONDS = 60;
    /** Default time per article. */
    public static final Duration DEFAULT_PER_ARTICLE = Duration.ofSeconds(DEFAULT_PER_ARTICLE_SECONDS);
    /** The defaults. */
    public static final Budgets DEFAULT = new Budgets(DEFAULT_MAX_ANNOTATED_CHARS, DEFAULT_PER_ARTICLE);

    /** Checks that both budgets are positive. */
    public Budgets {
        if (maxAnnotatedChars <= 0) {
            throw new IllegalArgumentException("the text cap must be positive, not " + maxAnnotatedChars);
        }
        if (perArticle == null || perArticle.isNegative() || perArticle.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive, not " + perArticle);
        }
    }

    /**
     * Formats a duration for messages.
     *
     * @param d the duration
     * @return e.g. "61.3 s"
     */
    public static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
