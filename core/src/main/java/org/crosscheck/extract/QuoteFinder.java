package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations: curly (“…”), guillemets («…»), straight ("…") and typewriter (``…'') double quotes, and those of
 * the text's language ({@link QuoteMarks}: „…“, 「…」 …). A quotation still
 * open at a paragraph break continues when the next paragraph opens with a quotation mark (the
 * convention for quotes running over paragraphs); otherwise it ends with its paragraph.
 */
final class QuoteFinder {

    private QuoteFinder() {
    }

    /** Finds the quotations of a text with the marks of every text only (see {@link #find(String, String)}). */
    static List<Quote> find(String text) {
        return find(text, null);
    }

    /**
     * Finds the quotations of a text.
     *
     * @param text     the text
     * @param language its language (ISO 639-1), or null for the marks every text is read with
     * @return the quotations in order
     */
    static List<Quote> find(String text, String language) {
        QuoteMarks marks = QuoteMarks.of(language);
        List<Quote> quotes = new ArrayList<>();
        int open = -1;
        int openWidth = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open >= 0 && isParagraphBreak(text, i)) {
                int next = skipSpace(text, i);
                if (next < text.length() && (marks.opens(text.charAt(next)) || text.startsWith("``", next))) {
                    i = next + (text.startsWith("``", next) ? 1 : 0);
                    continue;
                }
                quotes.add(new Quote(open, i, open + openWidth, i));
                open = -1;
            } else if (open < 0 && text.startsWith("``", i)) {
                // typewriter quotes of tokenised corpora: ``…''
                open = i;
                openWidth = 2;
                i++;
            } else if (open < 0 && (marks.opens(c) && c != '"' || c == '"' && opensHere(text, i))) {
                open = i;
                openWidth = 1;
            } else if (open >= 0 && openWidth == 2 && text.startsWith("''", i)) {
                quotes.add(new Quote(open, i + 2, open + 2, i));
                open = -1;
                i++;
            } else if (open >= 0 && openWidth == 1 && marks.closes(text.charAt(open), c)) {
                quotes.add(new Quote(open, i + 1, open + 1, i));
                open = -1;
            }
        }
        if (open >= 0) {
            quotes.add(new Quote(open, text.length(), open + openWidth, text.length()));
        }
        return quotes;
    }

    /** A straight quote opens when it is not glued to a preceding letter (it's not a closing one). */
    private static boolean opensHere(String text, int i) {
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && ".,!?;:".indexOf(text.charAt(i - 1)) < 0;
    }

    private static boolean isParagraphBreak(String text, int i) {
        return text.charAt(i) == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
    }

    private static int skipSpace(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Counts the words of a quotation's content. */
    static int words(String text, Quote q) {
        String content = text.substring(q.contentStart(), q.contentEnd()).strip();
        return content.isEmpty() ? 0 : content.split("\\s+").length;
    }
}
