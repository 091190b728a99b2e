package org.crosscheck.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Word lists the extractors share, read from the data files beside this class (one per language):
 * roles (with whether a body or a person holds them), document nouns, news media, honorifics, social networks, prepositions and statement nouns. General English, not
 * corpus-specific. Speech verbs are in {@link Cues}.
 */
final class Lexicon {

    /** Role nouns that can head a speaker phrase without a name ("the spokeswoman said"). */
    static final Set<String> ROLES = words("roles-en.txt");

    /** Role nouns of bodies that speak as one ("the board", "the union"): never a person named nearby. */
    static final Set<String> ORGANISATION_ROLES = kind("roles-en.txt", "organisation");

    /** Nouns of news media ("the outlet", "the site"): they stand for the source last introduced with one. */
    static final Set<String> MEDIA = words("media-en.txt");

    /** Nouns of documents and publications that can be a source ("the survey said", "an inquiry found"). */
    static final Set<String> DOCUMENTS = words("documents-en.txt");

    /** Honorifics and titles dropped from the front of a person's name. */
    static final Set<String> HONORIFICS = words("honorifics-en.txt");

    /** Social networks: "wrote on Telegram" is a post. */
    static final Set<String> PLATFORMS = words("platforms-en.txt");

    /** Prepositions after which a name is the object, not the holder of a role named before ("police in Darrow"). */
    static final Set<String> PREPOSITIONS = words("prepositions-en.txt");

    /** Nouns that introduce what was said ("her message: …") with their cue class. */
    static final Map<String, String> STATEMENT_NOUNS = pairs("statement-nouns-en.txt");

    private Lexicon() {
    }

    private static Set<String> words(String file) {
        Set<String> out = new HashSet<>();
        FigureData.rows(file).forEach(row -> out.add(row[0].strip()));
        return Set.copyOf(out);
    }

    private static Set<String> kind(String file, String kind) {
        Set<String> out = new HashSet<>();
        FigureData.rows(file).stream().filter(row -> row.length > 1 && row[1].strip().equals(kind))
                .forEach(row -> out.add(row[0].strip()));
        return Set.copyOf(out);
    }

    private static Map<String, String> pairs(String file) {
        Map<String, String> out = new HashMap<>();
        FigureData.rows(file).forEach(row -> out.put(row[0].strip(), row[1].strip()));
        return Map.copyOf(out);
    }
}
