package org.crosscheck.extract;

import java.util.List;

/**
 * Finds the unit written next to a number in the article text, by the longest written form of
 * {@link Units}: after the number ("5 kg", "5-kg", "70km/h", "9.90 Canadian dollars") or before it ("$5",
 * "Rs 500", "magnitude 6.1"). Works on characters, not tokens, so that a unit glued to the digits ("20mL") or
 * split oddly by the tokenizer ("km / h") is found all the same.
 */
final class UnitMatcher {

    /**
     * A unit found in the text.
     *
     * @param unit  the unit
     * @param start start offset of its written form
     * @param end   end offset, exclusive
     */
    record Match(Units.Unit unit, int start, int end) {
    }

    private final String text;
    private final Units.Written written;

    /**
     * @param text the article text the offsets point into
     */
    UnitMatcher(String text) {
        this(text, null);
    }

    /**
     * @param text     the article text the offsets point into
     * @param language its language (ISO 639-1), whose unit and currency names are read beside English's; null for
     *                 English
     */
    UnitMatcher(String text, String language) {
        this.text = text;
        this.written = Units.written(language);
    }

    /** The unit of measure right after offset (one space or a hyphen between allowed), or null. */
    Match measureAfter(int offset) {
        return after(written.measures(), offset, true);
    }

    /**
     * The currency named right after offset ("dollars", "Swiss francs"), or joined to it by a hyphen as a
     * compound's first part ("a 110bn-euro package"), or null.
     */
    Match currencyAfter(int offset) {
        return after(written.currencies(), offset, true);
    }

    /** The currency symbol or code right before offset ("$", "US$", "Rs", "EUR"), or null. */
    Match currencyBefore(int offset) {
        return before(written.currencies(), offset, false);
    }

    /** A unit that stands before its number ("magnitude 6.1"), or null. */
    Match measureBefore(int offset) {
        return before(written.measures(), offset, true);
    }

    private Match after(List<Units.Surface> surfaces, int offset, boolean hyphen) {
        int at = skip(offset, hyphen);
        for (Units.Surface s : surfaces) {
            String w = s.text();
            if (text.regionMatches(!s.caseSensitive(), at, w, 0, w.length()) && boundaryAfter(at + w.length(), w)) {
                return new Match(s.unit(), at, at + w.length());
            }
        }
        return null;
    }

    private Match before(List<Units.Surface> surfaces, int offset, boolean onlyBefore) {
        int end = offset;
        if (onlyBefore && end >= 3 && text.startsWith(" - ", end - 3)) {
            end -= 3; // "magnitude - 5.9", a hyphen written apart
        } else if (end > 0 && (text.charAt(end - 1) == ' ' || onlyBefore && text.charAt(end - 1) == '-')) {
            end--; // "magnitude 6.1", "magnitude-5.4"
        }
        for (Units.Surface s : surfaces) {
            if (onlyBefore && !s.before()) {
                continue;
            }
            String w = s.text();
            int start = end - w.length();
            // before a number only symbols and codes ("$", "Rs", "EUR"), never names ("dollars 5")
            // a name glued to the digits is a currency too ("euro110 billion", AP style)
            boolean word = !s.caseSensitive() && Character.isLetter(w.charAt(w.length() - 1));
            if (start >= 0 && (onlyBefore || !word || end == offset)
                    && text.regionMatches(!s.caseSensitive(), start, w, 0, w.length())
                    && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))) {
                return new Match(s.unit(), start, end);
            }
        }
        return null;
    }

    /** Skips one space (or none), or a hyphen (spaced or not): "5 kg", "5-kg", "5 - kg", "5kg". */
    private int skip(int offset, boolean hyphen) {
        int at = offset;
        if (hyphen && text.startsWith(" - ", at)) {
            return at + 3;
        }
        if (at < text.length() && text.charAt(at) == ' ') {
            at++;
        } else if (hyphen && at < text.length() && (text.charAt(at) == '-' || text.charAt(at) == '\u2011')) {
            at++;
        }
        return at;
    }

    /** A written form ends at a word boundary, unless it ends in a symbol ("%", "$"). */
    private boolean boundaryAfter(int end, String w) {
        char last = w.charAt(w.length() - 1);
        if (!Character.isLetterOrDigit(last)) {
            return true;
        }
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }
}
