package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.crosscheck.model.Statement;

/**
 * Joins a quotation that goes on after its attribution into one statement: {@code “Sales fell,” Marsh said.
 * “Nobody expected it.”} has two parts. The next quotation joins when only sentence punctuation and at most
 * one paragraph break lie between, and it has no attribution of its own or one that goes on with the same
 * speaker ("he added"). Input: the direct and reported statements of one article, in text order.
 */
final class QuoteChains {

    /** The rest of the attributing sentence (no quotation mark, no second sentence), then the next one. */
    private static final Pattern GAP = Pattern.compile("[^.!?“”\"\n]{0,120}[.!?;:]?\\s*");

    private QuoteChains() {
    }

    /**
     * Joins continuing quotations.
     *
     * @param text  the article text
     * @param found the statements in text order
     * @return the statements with continuations joined into the statement they continue
     */
    static List<FoundStatement> join(String text, List<FoundStatement> found) {
        List<FoundStatement> out = new ArrayList<>();
        for (FoundStatement f : found) {
            FoundStatement last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && goesOn(text, last, f)) {
                out.set(out.size() - 1, last.joinedWith(f));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean goesOn(String text, FoundStatement a, FoundStatement b) {
        if (!a.mode().equals(Statement.DIRECT) || !b.mode().equals(Statement.DIRECT) || a.speaker() == null
                || b.start() < a.end() || !GAP.matcher(text.substring(a.end(), b.start())).matches()
                || text.substring(a.end(), b.start()).split("\n\n", -1).length > 2) {
            return false;
        }
        return b.cue() == null || b.continues() && b.speaker() != null
                && Objects.equals(a.speaker().text(), b.speaker().text());
    }
}
