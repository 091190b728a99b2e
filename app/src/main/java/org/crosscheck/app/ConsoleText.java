package org.crosscheck.app;

import org.crosscheck.model.SourceError;
import org.crosscheck.pipeline.PrintableText;

/**
 * Makes text from inputs (file names, sources, messages that quote them) safe to print as one line of a terminal or
 * log: line breaks, tabs, escape sequences and other control characters, and the characters that reorder text
 * (bidirectional overrides), are written as visible escapes, so a file named {@code "a\nb.txt"} still prints as one
 * error line and cannot draw on the terminal.
 */
public final class ConsoleText {

    private ConsoleText() {
    }

    /**
     * Escapes the control characters of a text ({@link PrintableText#line}).
     *
     * @param text the text, may be null
     * @return the text with control characters escaped; "null" for null
     */
    public static String line(String text) {
        return PrintableText.line(text);
    }

    /**
     * The line that tells the user of an input that failed, as {@code analyze} and {@code fetch} print it.
     *
     * @param e the error
     * @return {@code error: SOURCE: MESSAGE}, with control characters escaped
     */
    public static String errorLine(SourceError e) {
        return "error: " + line(e.source() + ": " + e.message());
    }
}
