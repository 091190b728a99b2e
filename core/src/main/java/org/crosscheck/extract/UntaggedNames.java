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
 * full in the article, an organisation when it is an acronym, else a place. Entries are word starts, so that one entry reads the cases of a word
 * ("губернатор" reads "губернатора", "губернаторка"); "=мер" reads that word only. Only languages with a
 * {@code names-LANG.tsv} are read: German writes every noun with a capital.
 */
final class UntaggedNames {

    static final int LONGEST = 4;
    private static final int CUE_DISTANCE = 3;
    private static final int HEAD_STEM = 5;
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}{2,6}");
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
        List<Named> runs = new ArrayList<>();
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
                if (from < j && capitalisedOrElided(tokens.get(from))) {
                    name(tokens, from, j, runs);
                }
                i = j > i ? j : i + 1;
            }
        }
        return typed(article, runs);
    }

    /** A run's tokens, its type if the words before or its own first word tell one ("" when not). */
    private record Named(int start, int end, String type) {
    }

    /**
     * Types the run of tokens from..to, or splits it: a first word that is a place or organisation word types it
     * ("Lago Tessin", "Ministerio del Interior"); a small word inside makes an organisation ("Sindicato de
     * Periodistas"); three words or more after a place or organisation word, or led by an acronym, are that name and a
     * person ("провинции Керрин Олексий Варенко", "МИД Дастрии Павел Орск": the last two words); two words or more are
     * a person unless a place or organisation word alone stands before them; one word takes the nearest cue.
     */
    private void name(List<Token> tokens, int from, int to, List<Named> out) {
        List<Integer> words = wordStarts(tokens, from, to);
        boolean inner = to - from > words.size() + hyphens(tokens, from, to);
        List<String> before = cues(tokens, from);
        int start = tokens.get(from).start() + elided(tokens.get(from).word());
        String head = headType(lower(tokens.get(from)).substring(elided(tokens.get(from).word())));
        if (head != null && !head.isEmpty() && !head.equals("PERSON")) {
            out.add(new Named(start, tokens.get(to - 1).end(), head));
        } else if (inner) {
            out.add(new Named(start, tokens.get(to - 1).end(), "ORGANIZATION"));
        } else if (words.size() >= 3 && (placeOrOrganisation(before)
                || ACRONYM.matcher(tokens.get(from).word()).matches())) {
            int tail = words.get(words.size() - 2);
            String headType = placeOrOrganisation(before) ? before.get(0) : "ORGANIZATION";
            out.add(new Named(start, tokens.get(tail - 1).end(), headType));
            out.add(new Named(tokens.get(tail).start(), tokens.get(to - 1).end(), "PERSON"));
        } else if (words.size() >= 2) {
            String type = before.isEmpty() || before.contains("PERSON") ? "PERSON" : before.get(0);
            out.add(new Named(start, tokens.get(to - 1).end(), type));
        } else {
            out.add(new Named(start, tokens.get(to - 1).end(), before.isEmpty() ? "" : before.get(0)));
        }
    }

    private static boolean placeOrOrganisation(List<String> cues) {
        return !cues.isEmpty() && !cues.get(0).equals("PERSON");
    }

    /** The positions where the words of a run start (a hyphenated name is one word; small words are none). */
    private List<Integer> wordStarts(List<Token> tokens, int from, int to) {
        List<Integer> starts = new ArrayList<>();
        for (int k = from; k < to; k++) {
            boolean joined = k > from && tokens.get(k - 1).word().equals("-");
            if (!joined && !tokens.get(k).word().equals("-") && !isSmall(lower(tokens.get(k)))) {
                starts.add(k);
            }
        }
        return starts;
    }

    private static int hyphens(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (tokens.get(k).word().equals("-")) {
                n += 2;
            }
        }
        return n;
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
     * word may be elided ("d'Oskel", "l'Ukraine", "dell'Ucraina"); a small word may stand between two capitalised
     * ones ("Ministerio del Interior").
     */
    private int runEnd(List<Token> tokens, int i) {
        int j = i;
        int words = 0;
        while (j < tokens.size() && words < LONGEST && (capitalised(tokens.get(j))
                || j == i && elided(tokens.get(j).word()) > 0)) {
            words++;
            j++;
            boolean hyphen = j + 1 < tokens.size() && tokens.get(j).word().equals("-")
                    && tokens.get(j).start() == tokens.get(j - 1).end() && tokens.get(j + 1).start() == tokens.get(j).end()
                    && capitalised(tokens.get(j + 1));
            boolean small = j + 1 < tokens.size() && isSmall(lower(tokens.get(j))) && capitalised(tokens.get(j + 1));
            if (hyphen || small) {
                j++;
            }
        }
        return j;
    }

    private boolean isSmall(String word) {
        return "".equals(cues.get(word));
    }

    private static boolean capitalisedOrElided(Token t) {
        return capitalised(t) || elided(t.word()) > 0;
    }

    /**
     * The types the words before a name give it, nearest first: cue words, with small words between, up to
     * {@value #CUE_DISTANCE} words back ("губернаторка регіону Ільзе Варга": place, then person); a person word only
     * with no small word after it, and an organisation word before a small word owns a place ("la police de Kerrin").
     */
    private List<String> cues(List<Token> tokens, int at) {
        List<String> found = new ArrayList<>();
        boolean bridged = false;
        for (int k = at - 1; k >= 0 && k >= at - CUE_DISTANCE; k--) {
            String type = cueType(lower(tokens.get(k)));
            // a title stands right before its person; after a small word it heads something else ("la ministra del
            // Interior", "el presidente de la CNTC")
            if (type == null || bridged && type.equals("PERSON")) {
                break;
            }
            bridged |= type.isEmpty();
            if (!type.isEmpty()) {
                // "la police de Kerrin", "служби порятунку": what an institution word owns across a small word is a place
                found.add(bridged && type.equals("ORGANIZATION") ? "LOCATION" : type);
            }
        }
        return found;
    }

    /**
     * The type a run's own first word gives it: a cue word written whole, or starting with a cue of
     * {@value #HEAD_STEM} letters or more ("Provinz", "Ministerio"), so that "Porter" is no port.
     */
    private String headType(String word) {
        String type = cueType(word);
        if (type == null || type.isEmpty()) {
            return null;
        }
        boolean whole = cues.containsKey(word) || cues.containsKey("=" + word);
        boolean longStem = cues.entrySet().stream().anyMatch(e -> !e.getKey().startsWith("=")
                && e.getKey().length() >= HEAD_STEM && word.startsWith(e.getKey()) && e.getValue().equals(type));
        return whole || longStem ? type : null;
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

    /**
     * The types of the runs: their own, else a named person's surname is that person, an acronym ("MPA", "МИД") an
     * organisation, else a place.
     */
    private static List<FoundMention> typed(Article article, List<Named> runs) {
        Set<String> surnames = new HashSet<>();
        for (Named r : runs) {
            List<String> words = NameCluster.words(text(article, r));
            if (r.type().equals("PERSON") && words.size() >= 2) {
                surnames.add(NameKey.key(words.get(words.size() - 1)));
            }
        }
        List<FoundMention> out = new ArrayList<>();
        for (Named r : runs) {
            String text = text(article, r);
            String type = !r.type().isEmpty() ? r.type() : surnames.contains(NameKey.key(text)) ? "PERSON"
                    : ACRONYM.matcher(text).matches() ? "ORGANIZATION" : "LOCATION";
            out.add(new FoundMention(article.id(), type, r.start(), r.end(), text, null));
        }
        return out;
    }

    private static String text(Article article, Named run) {
        return article.text().substring(run.start(), run.end());
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
