package org.crosscheck.clean.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * An element's class and id as lower-case words: "InlineImage-imageEmbedCaption" reads "inline image image
 * embed caption", so rules can ask for a whole word ("caption") without matching inside another one.
 */
final class ClassNames {

    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private ClassNames() {
    }

    /**
     * The words of the element's class and id.
     *
     * @param e the element
     * @return the words, separated by single spaces, with a space before the first and after the last; " "
     *         when the element has neither class nor id
     */
    static String words(Element e) {
        return words(e.className() + " " + e.id());
    }

    /**
     * The words of a class or id string.
     *
     * @param names class names and ids, separated by spaces
     * @return the words as for {@link #words(Element)}
     */
    static String words(String names) {
        if (names.isBlank()) {
            return " ";
        }
        String split = CAMEL.matcher(names).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
        return " " + SEPARATORS.matcher(split).replaceAll(" ").strip() + " ";
    }
}
