package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Statement;

/**
 * Links a quotation that goes on after its attribution to the statement it goes on from: in {@code “Sales fell,”
 * Marsh said. “Nobody expected it.”} the second sentence is its own statement, with Marsh as speaker, that
 * continues the first. It goes on when only sentence punctuation and at most one paragraph break lie between,
 * and it has no attribution of its own or one that goes on with the same speaker ("he added"). A quotation split
 * by its attribution inside one sentence ({@code “We are ready,” said Tove Brask, “but …”}) is one statement with
 * two parts: both halves carry the same speaker phrase and cue. Input: the direct and reported statements of one
 * article, in text order.
 */
final class QuoteChains {

    /** The rest of the attributing sentence (no quotation mark, no second sentence), then the next one. */
    private static final Pattern GAP = Pattern.compile("[^.!?“”\"\n]{0,120}[.!?;:]?\\s*");
    /**
     * Between two quotations of one attribution: the closing mark, the attribution as one clause (no comma, so no
     * second cue such as "…, adding, “…”" which attributes the second quotation on its own) and the opening mark.
     */
    private static final Pattern ONE_ATTRIBUTION = Pattern.compile(
            "[,.!?]?[”“\"’»]\\s*,?\\s*[^,.!?;“”\"«»\n]{1,80}([,.:])\\s*[“\"«„]");

    /**
     * After a speaker phrase that ends the attribution (verb first: "…,” said the council's director, Maja Holt,
     * “…"), only the comma and the opening mark: commas inside the attribution are then the speaker's apposition.
     */
    private static final Pattern AFTER_LAST_SPEAKER = Pattern.compile("\\s*,\\s*[“\"«„]");

    private QuoteChains() {
    }

    /**
     * Joins the halves of a quotation split by its attribution and links continuing quotations to the statement
     * they go on from ({@link FoundStatement#from()}).
     *
     * @param text  the article text
     * @param found the statements in text order
     * @return the statements, split quotations joined, continuations linked
     */
    static List<FoundStatement> join(String text, List<FoundStatement> found) {
        List<FoundStatement> out = new ArrayList<>();
        for (FoundStatement f : found) {
            FoundStatement last = out.isEmpty() ? null : out.get(out.size() - 1);
            String between = last == null ? null : splitBy(text, last, f);
            if (",".equals(between) || ":".equals(between)) {
                out.set(out.size() - 1, last.joinedWith(f));
            } else if (between != null || last != null && goesOn(text, last, f)) {
                out.add(f.goingOnFrom(last));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The punctuation that ends the one attribution two quotations share ("," or ":" inside one sentence, "." when
     * the second opens a sentence of its own), or null when they share none.
     */
    private static String splitBy(String text, FoundStatement a, FoundStatement b) {
        if (!sharesAttribution(a, b)) {
            return null;
        }
        int gapStart = a.parts().get(a.parts().size() - 1).end();
        int gapEnd = b.parts().get(0).start();
        Matcher m = ONE_ATTRIBUTION.matcher(text.substring(gapStart, gapEnd));
        if (m.matches()) {
            return m.group(1);
        }
        boolean speakerEndsIt = a.speaker().start() > gapStart && a.speaker().end() < gapEnd
                && text.substring(gapStart, a.speaker().start()).indexOf('\n') < 0
                && AFTER_LAST_SPEAKER.matcher(text.substring(a.speaker().end(), gapEnd)).matches();
        return speakerEndsIt ? "," : null;
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

    /**
     * Two direct quotations attributed by one and the same speaker phrase and cue, the second after the first:
     * the halves of a quotation its attribution splits, or two quotations of one sentence ("on X." is no
     * sentence end for the tokenizer).
     */
    private static boolean sharesAttribution(FoundStatement a, FoundStatement b) {
        return a.mode().equals(Statement.DIRECT) && b.mode().equals(Statement.DIRECT) && a.speaker() != null
                && b.speaker() != null && a.cue() != null && a.cue().equals(b.cue())
                && a.speaker().start() == b.speaker().start() && a.speaker().end() == b.speaker().end()
                && a.parts().get(a.parts().size() - 1).end() <= b.parts().get(0).start();
    }
}
