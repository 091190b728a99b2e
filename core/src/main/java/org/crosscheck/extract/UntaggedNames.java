package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.model.Article;
import org.crosscheck.pipeline.LanguageTags;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * Finds the names of an article in a language without a named-entity model, by capitalisation: a run of up to
 * {@value #LONGEST} capitalised words (joined by spaces or hyphens) inside a sentence is a name. A word that only
 * ever starts sentences is no name ("Рятувальники підняли …"), nor is a word {@code names-LANG.tsv} lists as
 * {@code skip} (articles "Le", "El" that start a title). The words before a name tell its type, from the same file:
 * a {@code person} word ("губернаторка", "gouverneur"), a {@code place} word ("провінції", "lac", "provincia") or an
 * {@code organisation} word ("agence", "агентство"), with up to two small words between ("la mine de Grauberg").
 * Without such a word a name of two words or more is a person, and one word is the person of that surname named in
 * full in the article, else a place. Entries are word starts, so that one entry reads the cases of a word
 * ("губернатор" reads "губернатора", "губернаторка"); "=мер" reads that word only. Only languages with a
 * {@code names-LANG.tsv} are read: German writes every noun with a capital.
 */
final class UntaggedNames {

    static final int LONGEST = 4;
    private static final int CUE_DISTANCE = 3;
    private static final Map<String, UntaggedNames> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final UntaggedNames NONE = new UntaggedNames(Map.of(), Set.of());

    /** Type by cue word (a word start, or "=word" for the whole word). */
    private final Map<String, String> cues;
    private final Set<String> skip;

    private UntaggedNames(Map<String, String> cues, Set<String> skip) {
        this.cues = cues;
        this.skip = skip;
    }

    /**
     * The name finder of a language.
     *
     * @param language an ISO 639-1 code, or null
     * @return its finder; one that finds nothing for a language without {@code names-LANG.tsv}
     */
    static UntaggedNames of(String language) {
        String primary = LanguageTags.primary(language);
        return primary == null ? NONE : BY_LANGUAGE.computeIfAbsent(primary, UntaggedNames::read);
    }

    private static UntaggedNames read(String language) {
        String name = "names-" + language + ".tsv";
        if (UntaggedNames.class.getResource(name) == null) {
            return NONE;
        }
        Map<String, String> cues = new java.util.HashMap<>();
        Set<String> skip = new HashSet<>();
        Locale locale = Locale.forLanguageTag(language);
        for (String[] row : FigureData.rows(name)) {
            String word = row[0].strip().toLowerCase(locale);
            String role = row.length > 1 ? row[1].strip() : "";
            switch (role) {
                case "person" -> cues.put(word, "PERSON");
                case "place" -> cues.put(word, "LOCATION");
                case "organisation" -> cues.put(word, "ORGANIZATION");
                case "skip" -> skip.add(word);
                case "small" -> cues.put(word, "");
                default -> throw new IllegalStateException(name + ": unknown role \"" + role + "\" of " + row[0]);
            }
        }
        return new UntaggedNames(Map.copyOf(cues), Set.copyOf(skip));
    }

    /**
     * Tells whether this language's names are read at all.
     *
     * @return false for a language without {@code names-LANG.tsv}
     */
    boolean reads() {
        return this != NONE;
    }

    /**
     * Finds the names of some sentences of an article.
     *
     * @param article   the article
     * @param sentences its sentences to read (tokens without NER tags)
     * @return the names, typed, in text order
     */
    List<FoundMention> find(Article article, List<Sentence> sentences) {
        Set<String> inside = capitalisedInside(sentences);
        List<int[]> runs = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            int first = firstWord(tokens);
            int i = 0;
            while (i < tokens.size()) {
                int j = runEnd(tokens, i);
                int from = i;
                while (from < j && (skip.contains(lower(tokens.get(from))) || from == first
                        && !inside.contains(tokens.get(from).word()))) {
                    from++;
                }
                if (from < j) {
                    runs.add(new int[] {tokens.get(from).start() + elided(tokens.get(from).word()),
                            tokens.get(j - 1).end()});
                    types.add(cue(tokens, from));
                }
                i = j > i ? j : i + 1;
            }
        }
        return typed(article, runs, types);
    }

    /** The position of a sentence's first word (after an opening quotation mark or dash). */
    private static int firstWord(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).word().codePoints().noneMatch(Character::isLetter)) {
            i++;
        }
        return i;
    }

    /**
     * The end (exclusive) of the run of capitalised words starting at i; i itself when none starts there. The first
     * word may be elided ("d'Oskel", "l'Ukraine", "dell'Ucraina").
     */
    private static int runEnd(List<Token> tokens, int i) {
        int j = i;
        int words = 0;
        while (j < tokens.size() && words < LONGEST && (capitalised(tokens.get(j))
                || j == i && elided(tokens.get(j).word()) > 0)) {
            words++;
            j++;
            boolean hyphen = j + 1 < tokens.size() && tokens.get(j).word().equals("-")
                    && tokens.get(j).start() == tokens.get(j - 1).end() && tokens.get(j + 1).start() == tokens.get(j).end()
                    && capitalised(tokens.get(j + 1));
            if (hyphen) {
                j++;
            }
        }
        return j;
    }

    /** The type the words before a name give it ("" when none does). */
    private String cue(List<Token> tokens, int at) {
        for (int k = at - 1; k >= 0 && k >= at - CUE_DISTANCE; k--) {
            String type = cueType(lower(tokens.get(k)));
            if (type == null) {
                return "";
            }
            if (!type.isEmpty()) {
                return type;
            }
        }
        return "";
    }

    /** A cue word's type; "" for a small word that may stand between; null for any other word. */
    private String cueType(String word) {
        String exact = cues.get("=" + word);
        if (exact != null) {
            return exact;
        }
        String found = null;
        int longest = 0;
        for (Map.Entry<String, String> e : cues.entrySet()) {
            String k = e.getKey();
            boolean match = k.startsWith("=") ? false : e.getValue().isEmpty() ? word.equals(k) : word.startsWith(k);
            if (match && k.length() > longest) {
                found = e.getValue();
                longest = k.length();
            }
        }
        return found;
    }

    /** The types of the runs: a cue's, else a person for two words or more, a named person's surname, else a place. */
    private static List<FoundMention> typed(Article article, List<int[]> runs, List<String> types) {
        Set<String> surnames = new HashSet<>();
        for (int r = 0; r < runs.size(); r++) {
            List<String> words = NameCluster.words(text(article, runs.get(r)));
            String type = types.get(r);
            if (words.size() >= 2 && (type.isEmpty() || type.equals("PERSON"))) {
                surnames.add(NameKey.key(words.get(words.size() - 1)));
            }
        }
        List<FoundMention> out = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            String text = text(article, runs.get(r));
            String type = types.get(r);
            if (type.isEmpty()) {
                boolean several = NameCluster.words(text).size() >= 2;
                type = several || surnames.contains(NameKey.key(text)) ? "PERSON" : "LOCATION";
            }
            out.add(new FoundMention(article.id(), type, runs.get(r)[0], runs.get(r)[1], text, null));
        }
        return out;
    }

    private static String text(Article article, int[] run) {
        return article.text().substring(run[0], run[1]);
    }

    /**
     * Where a name starts in a word that elides a small word before it: after "d'" in "d'Oskel".
     *
     * @return the offset after the apostrophe, or 0 when the word is no lower-case elision before a capital
     */
    private static int elided(String word) {
        int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
        if (apostrophe < 1 || apostrophe + 3 > word.length() || !Character.isUpperCase(word.codePointAt(apostrophe + 1))) {
            return 0;
        }
        boolean lowerBefore = word.substring(0, apostrophe).codePoints().allMatch(Character::isLowerCase);
        boolean lettersAfter = word.substring(apostrophe + 1).codePoints().allMatch(Character::isLetter);
        return lowerBefore && lettersAfter ? apostrophe + 1 : 0;
    }

    /** The capitalised words that stand inside a sentence somewhere (not first): these are names where they start one. */
    private static Set<String> capitalisedInside(List<Sentence> sentences) {
        Set<String> inside = new HashSet<>();
        for (Sentence s : sentences) {
            for (int i = firstWord(s.tokens()) + 1; i < s.tokens().size(); i++) {
                if (capitalised(s.tokens().get(i))) {
                    inside.add(s.tokens().get(i).word());
                }
            }
        }
        return inside;
    }

    /** A word of two letters or more whose first letter is a capital. */
    private static boolean capitalised(Token t) {
        String w = t.word();
        return w.length() >= 2 && Character.isUpperCase(w.codePointAt(0)) && w.codePoints().allMatch(
                c -> Character.isLetter(c) || c == '\'' || c == '’' || Character.getType(c) == Character.NON_SPACING_MARK);
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
