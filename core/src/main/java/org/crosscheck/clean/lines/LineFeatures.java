package org.crosscheck.clean.lines;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Surface features of a line that the filters share: length in words, sentence punctuation, how much
 * it addresses the reader, and web calls to action. Text inside quotation marks is left out of the
 * reader-address and call-to-action counts, because quoted speech ("We need help," she said) is news.
 */
public final class LineFeatures {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");
    private static final Pattern QUOTED = Pattern.compile("[\"“”„«][^\"“”„«»]*[\"“”»]|‘[^‘’]*’");
    private static final Set<String> ADDRESS = Set.of("you", "your", "yours", "yourself", "we", "our", "ours",
            "us", "ourselves", "you're", "you’re", "we're", "we’re");
    /** Words and phrases of web furniture: appeals, subscriptions, newsletters, legal links. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)\\b(donat\\w*|contribut(e|ion|ions)\\b"
            + "|subscri\\w+|newsletters?|sign[ -]?up|log[ -]?in|membership|become a member|paywall"
            + "|privacy policy|terms of (use|service)|cookies?|advertis\\w+|unsubscribe|inbox|mailbox"
            + "|one-time|per month|a month|monthly|annually|click here|read more|follow us|thank you for reading"
            + "|help us|support (us|our)|your support|your help|remind me|payment methods?|paypal|patreon"
            + "|crowdfund\\w*|tip jar)\\b");
    private static final Pattern IMPERATIVE = Pattern.compile(
            "(?i)^(support|donate|subscribe|sign up|join|follow|share|register|download|get|buy)\\b");

    private LineFeatures() {
    }

    /**
     * Counts words (runs of letters and digits).
     *
     * @param line the text
     * @return the number of words
     */
    public static int words(String line) {
        // the same count as finding WORD over the line, by hand: every filter asks it of every line
        int n = 0;
        int i = 0;
        int length = line.length();
        while (i < length) {
            int c = line.codePointAt(i);
            if (!isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            n++;
            i = wordEnd(line, i);
        }
        return n;
    }

    // a word is a run of letters and digits, and more runs joined to it by one apostrophe, full stop or hyphen
    private static int wordEnd(String line, int start) {
        int i = runEnd(line, start);
        while (i + 1 < line.length() && "'’.-".indexOf(line.charAt(i)) >= 0 && isWordChar(line.codePointAt(i + 1))) {
            i = runEnd(line, i + 1);
        }
        return i;
    }

    private static int runEnd(String line, int start) {
        int i = start;
        while (i < line.length()) {
            int c = line.codePointAt(i);
            if (!isWordChar(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    // \p{L} or \p{N}: any letter, or any number (decimal digits, letter numbers such as Roman numerals, others)
    private static boolean isWordChar(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * Tells whether a line ends like a sentence (full stop, question or exclamation mark, possibly
     * followed by a closing quote or bracket).
     *
     * @param line the text
     * @return true when it ends with sentence punctuation
     */
    public static boolean endsSentence(String line) {
        String s = line.strip();
        int i = s.length() - 1;
        while (i >= 0 && "\"”’')]»".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(s.charAt(i)) >= 0 && !s.endsWith("...");
    }

    /**
     * Removes quoted passages, leaving the narration around them.
     *
     * @param line the text
     * @return the text without quotations
     */
    public static String outsideQuotes(String line) {
        return QUOTED.matcher(line).replaceAll(" ");
    }

    /**
     * Counts words that address the reader (you, your, we, our …) outside quotations.
     *
     * @param line the text
     * @return the count
     */
    public static int readerAddress(String line) {
        Matcher m = WORD.matcher(outsideQuotes(line));
        int n = 0;
        while (m.find()) {
            if (ADDRESS.contains(m.group().toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Counts calls to action (donate, subscribe, newsletter, privacy policy …) outside quotations;
     * a short line that starts with an imperative such as "Support" or "Subscribe" counts once more.
     *
     * @param line the text
     * @return the count
     */
    public static int callsToAction(String line) {
        String narration = outsideQuotes(line);
        Matcher m = CALL_TO_ACTION.matcher(narration);
        int n = 0;
        while (m.find()) {
            n++;
        }
        if (words(line) <= 8 && IMPERATIVE.matcher(narration.strip()).find()) {
            n++;
        }
        return n;
    }

    /**
     * Tells whether a line reads as an appeal to the reader rather than news: calls to action together
     * with reader address, or several calls to action.
     *
     * @param line the text
     * @return true when the line is an appeal
     */
    public static boolean isAppeal(String line) {
        int cta = callsToAction(line);
        int address = readerAddress(line);
        int words = Math.max(1, words(line));
        return cta >= 2 || (cta >= 1 && address >= 1) || (cta >= 1 && words <= 8)
                || (address >= 3 && address * 12 >= words);
    }
}
