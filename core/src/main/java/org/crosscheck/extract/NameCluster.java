package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Mentions taken to name one referent, with the name parts used to compare it with other clusters. */
final class NameCluster {

    private static final Set<String> PLACE_WORDS = Set.of("region", "province", "oblast", "district", "city",
            "county", "state", "territory", "republic", "governorate", "area");

    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s\\b");
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern NOT_NAME_CHAR = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}-]");

    final String type;
    private String name;
    // derived from name() and dropped with it; resolution compares clusters pairwise, so these are asked often
    private List<String> nameWords;
    private String key;
    final List<FoundMention> mentions = new ArrayList<>();
    String acronym;
    String longForm;

    NameCluster(String type) {
        this.type = type;
    }

    void add(FoundMention m) {
        mentions.add(m);
        name = null;
        nameWords = null;
        key = null;
        if (m.longForm() != null) {
            acronym = m.text();
            longForm = m.longForm();
        }
    }

    /** The fullest name: the longest mention that is not an acronym (kept until a mention is added). */
    String name() {
        if (name == null) {
            name = fullest();
        }
        return name;
    }

    private String fullest() {
        String best = null;
        for (FoundMention m : mentions) {
            if (m.longForm() == null && (best == null || words(m.text()).size() > words(best).size())) {
                best = m.text();
            }
        }
        return best != null ? best : longForm != null ? longForm : mentions.get(0).text();
    }

    /** Name words without honorifics and possessive endings. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : WHITESPACE.split(POSSESSIVE.matcher(name).replaceAll(""))) {
            String clean = NOT_NAME_CHAR.matcher(w).replaceAll("");
            if (!clean.isEmpty() && (out.isEmpty() ? !Lexicon.HONORIFICS.contains(clean.toLowerCase(Locale.ROOT))
                    : true)) {
                out.add(clean);
            }
        }
        return out;
    }

    /** A person's surname (last name word), or null for other types. */
    String surname() {
        List<String> w = nameWords();
        return w.isEmpty() ? null : w.get(w.size() - 1);
    }

    /** A person's first name when the fullest name has two or more words, else null. */
    String firstName() {
        List<String> w = nameWords();
        return w.size() >= 2 ? w.get(0) : null;
    }

    /** Comparison key of an organisation or place: lower case, no article, no generic place words. */
    String placeOrOrgKey() {
        if (key == null) {
            key = orgKey(name());
        }
        return key;
    }

    private List<String> nameWords() {
        if (nameWords == null) {
            nameWords = words(name());
        }
        return nameWords;
    }

    /** See {@link #placeOrOrgKey()}: the key of any organisation or place name. */
    static String orgKey(String name) {
        List<String> kept = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").split("\\s+")) {
            if (!w.equals("the") && !PLACE_WORDS.contains(w)) {
                kept.add(w);
            }
        }
        return NameKey.key(String.join(" ", kept));
    }

    /** Initials of the long form ("International Water Safety Council" gives "IWSC"). */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

}
