package org.crosscheck.clean.lines;

/** What a line of a document turned out to be. */
public enum Role {
    /** Article text: kept. */
    BODY(null),
    /** Empty line: dropped without a trace (it holds nothing). */
    BLANK(null),
    /** The headline: moved to the title field. */
    TITLE("headline (moved to title)"),
    /** A byline or author line: moved to the author field. */
    AUTHOR("byline (moved to author)"),
    /** A dateline: moved to the dateline field. */
    DATELINE("dateline (moved to dateline)"),
    /** A credit line ("X contributed reporting"): moved to credits. */
    CREDIT("credit line (moved to credits)"),
    /** The outlet's name, alone or with a date ("Example Daily | 4 May 2026"): moved to outlet (and published). */
    MASTHEAD("outlet name line (moved to outlet)"),
    /** A publication timestamp: moved to the published field. */
    PUBLISHED("timestamp (moved to published)"),
    /** Page furniture that is not article text; the verdict carries the specific reason. */
    BOILERPLATE("boilerplate");

    private final String defaultReason;

    Role(String defaultReason) {
        this.defaultReason = defaultReason;
    }

    /** Returns the removal reason used when a verdict gives none, or null for kept and blank lines. */
    public String defaultReason() {
        return defaultReason;
    }
}
