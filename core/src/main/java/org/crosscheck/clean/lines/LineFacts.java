package org.crosscheck.clean.lines;

/**
 * Metadata that one removed line carries (a byline carries an author, a masthead an outlet …); every
 * field may be null.
 *
 * @param title     headline
 * @param author    author name(s)
 * @param published publication date, ISO-8601
 * @param outlet    the outlet's name as the page writes it
 * @param dateline  dateline place
 * @param agency    news agency named in a dateline ("(MPA)")
 * @param credit    a credit line
 */
public record LineFacts(String title, String author, String published, String outlet, String dateline,
                        String agency, String credit) {

    /** Facts with nothing known. */
    public static final LineFacts NONE = new LineFacts(null, null, null, null, null, null, null);

    /**
     * Keeps this record's values and fills the gaps from another.
     *
     * @param later facts found later in the document
     * @return the merged facts (earlier lines win)
     */
    public LineFacts orElse(LineFacts later) {
        return new LineFacts(or(title, later.title), or(author, later.author), or(published, later.published),
                or(outlet, later.outlet), or(dateline, later.dateline), or(agency, later.agency),
                or(credit, later.credit));
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }
}
