package org.crosscheck.report;

/** Escapes untrusted text for HTML element content and quoted attribute values. */
public final class Html {

    private Html() {
    }

    /**
     * Escapes text so it can only ever be text; control characters (other than line breaks and tabs),
     * which HTML does not allow, become spaces.
     *
     * @param s the text, may be null
     * @return the escaped text ("" for null)
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
