package org.crosscheck.pipeline;

/**
 * Text from an input (a file name, a record's field) made safe to print on one console line: control characters,
 * line and paragraph separators and the bidirectional controls that reorder what follows are escaped, so a hostile
 * name can neither break an error line in two nor disguise it.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /**
     * Escapes the control characters of a text.
     *
     * @param text the text, may be null
     * @return the text with {@code \n}, {@code \r}, {@code \t} and {@code \}{@code uXXXX} in place of control
     *         characters; "null" for null
     */
    public static String line(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Character.isISOControl(c) || reorders(c) || c == '\u2028' || c == '\u2029'
                    ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : null;
        };
    }

    /** The bidirectional embedding, override and isolate characters, which reorder what follows them. */
    private static boolean reorders(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }
}
