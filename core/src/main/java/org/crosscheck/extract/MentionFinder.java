package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.pipeline.LanguageTags;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;
import org.crosscheck.pipeline.Deadline;

/**
 * Finds the names in one article: runs of tokens that CoreNLP tags PERSON, ORGANIZATION or LOCATION;
 * acronyms defined in brackets after a name ("the Relief Coordination Office (RCO)"), linked to their long
 * form; and later uses of those acronyms and of a person's surname alone, which NER often misses.
 */
final class MentionFinder {

    /** Up to twelve words on one line before a bracketed acronym; {@link #longForm} finds where the name starts. */
    private static final Pattern DEFINITION = Pattern.compile(
            "([\\p{L}'’.-]+(?:[ \\t\\u00A0]+[\\p{L}'’.-]+){0,11})[ \\t\\u00A0]*\\((\\p{Lu}[\\p{Lu}&]{1,9})\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’.-]+");
    private static final java.util.Set<String> SMALL = java.util.Set.of("of", "for", "the", "and", "on", "in", "de");

    private static final java.util.Set<String> INSTITUTIONS = java.util.Set.of("ministry", "office", "agency",
            "council", "committee", "force", "army", "navy", "police", "service", "commission", "parliament",
            "court", "directorate", "inspectorate", "authority");
    private static final java.util.Set<String> MODIFIER_POS = java.util.Set.of("NN", "NNP", "JJ", "POS", "NNPS");

    private MentionFinder() {
    }

    static List<FoundMention> find(Article article, Annotation annotation) {
        return find(article, annotation, Deadline.NONE).found();
    }

    /**
     * Finds the names of an article, sentence by sentence, until the deadline passes: the names of the sentences
     * looked at by then are kept (acronyms defined there count in them too).
     */
    static Deadline.Cut<List<FoundMention>> find(Article article, Annotation annotation, Deadline deadline) {
        List<FoundMention> found = new ArrayList<>();
        List<Sentence> sentences = annotation.sentences();
        int done = 0;
        UntaggedNames untagged = untagged(article, annotation);
        if (untagged.reads()) {
            // no named-entity model read this language: names by capitalisation, all sentences at once (it is quick)
            found.addAll(untagged.find(article, sentences));
            done = sentences.size();
        }
        while (done < sentences.size() && !deadline.passed()) {
            tagged(article, sentences.get(done), found);
            done++;
        }
        // the institutions of the same sentences: none overlaps a tagged name, and all of them come after the tagged
        // names, in the order the acronym definitions are looked for
        for (Sentence s : untagged.reads() ? List.<Sentence>of() : sentences.subList(0, done)) {
            institutions(article, s, found);
        }
        SurnameUses.add(article, annotation, found);
        Map<String, FoundMention> acronyms = definitions(article, found);
        uses(article, acronyms, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Deadline.Cut<>(found, done, sentences.size());
    }

    /**
     * The finder by capitalisation for an article of another language than English whose tokens carry no
     * named-entity tag (an ICU-annotated one); the one that finds nothing otherwise.
     */
    private static UntaggedNames untagged(Article article, Annotation annotation) {
        String language = LanguageTags.primary(article.language());
        if (language == null || language.equals("en")) {
            return UntaggedNames.of(null);
        }
        boolean tagged = annotation.sentences().stream().flatMap(s -> s.tokens().stream())
                .anyMatch(t -> type(t.ner()) != null);
        return tagged ? UntaggedNames.of(null) : UntaggedNames.of(language);
    }

    private static void tagged(Article article, Sentence s, List<FoundMention> found) {
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size()) {
            String type = type(tokens.get(i).ner());
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && type.equals(type(tokens.get(j).ner())) && hasLetter(tokens.get(j))) {
                j++;
            }
            if (!hasLetter(tokens.get(i))) {
                i = j;
                continue;
            }
            int from = type.equals("ORGANIZATION") ? ownerStart(tokens, i) : i;
            int start = tokens.get(from).start();
            int end = tokens.get(j - 1).end();
            found.add(new FoundMention(article.id(), type, start, end, article.text().substring(start, end), null));
            i = j;
        }
    }

    /**
     * Institutions written in lower case, which NER misses: a head such as "ministry", "office" or "force"
     * with one to three modifiers before it ("the prosecutor general's office", "the Velmoran defence
     * ministry", "air force officials"). A bare head ("the office") is too vague to be a name.
     */
    private static void institutions(Article article, Sentence s, List<FoundMention> found) {
        List<Token> tokens = s.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token head = tokens.get(i);
            if (!INSTITUTIONS.contains(head.word().toLowerCase(java.util.Locale.ROOT)) || !head.pos().startsWith("NN")) {
                continue;
            }
            int from = i;
            while (from > 0 && i - from < 3 && MODIFIER_POS.contains(tokens.get(from - 1).pos())
                    && !"DATE".equals(tokens.get(from - 1).ner())) {
                from--;
            }
            int start = tokens.get(from).start();
            int end = head.end();
            boolean covered = found.stream().anyMatch(f -> f.start() < end && f.end() > start);
            if (from < i && !covered && !tokens.get(from).pos().equals("POS")) {
                found.add(new FoundMention(article.id(), "ORGANIZATION", start, end, article.text().substring(start, end),
                        null));
            }
        }
    }

    private static boolean hasLetter(Token t) {
        return t.word().chars().anyMatch(Character::isLetter);
    }

    /**
     * An organisation named with its country ("Velmora's Defence Ministry", "the Dastrian Foreign Ministry")
     * starts at the country: otherwise two countries' ministries would look alike.
     */
    private static int ownerStart(List<Token> tokens, int i) {
        if (i >= 2 && tokens.get(i - 1).pos().equals("POS") && "LOCATION".equals(type(tokens.get(i - 2).ner()))) {
            return i - 2;
        }
        if (i >= 1 && tokens.get(i - 1).pos().equals("JJ") && Character.isUpperCase(tokens.get(i - 1).word().charAt(0))) {
            return i - 1;
        }
        return i;
    }

    static String type(String ner) {
        if (ner == null) {
            return null;
        }
        return switch (ner) {
            case "PERSON" -> "PERSON";
            case "ORGANIZATION" -> "ORGANIZATION";
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "LOCATION";
            default -> null;
        };
    }

    /** Acronyms defined in brackets; the long form becomes a mention too if NER missed it. */
    private static Map<String, FoundMention> definitions(Article article, List<FoundMention> found) {
        Map<String, FoundMention> acronyms = new HashMap<>();
        Matcher m = DEFINITION.matcher(article.text());
        while (m.find()) {
            String acronym = m.group(2);
            int longStart = m.start(1) + longForm(m.group(1), acronym);
            int longEnd = m.end(1);
            if (longStart >= longEnd) {
                continue;
            }
            String longForm = article.text().substring(longStart, longEnd);
            FoundMention tagged = covering(found, longStart, longEnd);
            String type = tagged != null ? tagged.type() : "ORGANIZATION";
            found.removeIf(f -> f.start() < longEnd && f.end() > longStart && f.longForm() == null);
            found.add(new FoundMention(article.id(), type, longStart, longEnd, longForm, null));
            FoundMention acr = new FoundMention(article.id(), type, m.start(2), m.end(2), acronym, longForm);
            found.removeIf(f -> f.start() == acr.start() && f.end() == acr.end());
            found.add(acr);
            acronyms.put(acronym, acr);
        }
        return acronyms;
    }

    /**
     * Finds where the long form of an acronym starts in the words before it, matching the acronym's letters
     * to word initials from the end ("office of the Kessel Basin Water Commissioner" for
     * OKBWC). Small words and capitalised words the acronym leaves out may be skipped; a lower-case word
     * may only give the first letter. When the letters do not match, the trailing run of capitalised and
     * small words is the long form.
     *
     * @return the offset of the long form within {@code phrase}, or {@code phrase.length()} for none
     */
    static int longForm(String phrase, String acronym) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(phrase);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        String letters = acronym.replaceAll("[^\\p{L}]", "");
        int letter = letters.length() - 1;
        for (int k = words.size() - 1; k >= 0 && letter >= 0; k--) {
            String word = phrase.substring(words.get(k)[0], words.get(k)[1]);
            boolean upper = Character.isUpperCase(word.charAt(0));
            if (Character.toUpperCase(word.charAt(0)) == letters.charAt(letter)
                    && (upper || letter == 0 && !SMALL.contains(word))) {
                letter--;
                if (letter < 0) {
                    return words.get(k)[0];
                }
            } else if (!upper && !SMALL.contains(word)) {
                break;
            }
        }
        int from = words.size();
        while (from > 0 && (Character.isUpperCase(phrase.charAt(words.get(from - 1)[0]))
                || SMALL.contains(phrase.substring(words.get(from - 1)[0], words.get(from - 1)[1])))) {
            from--;
        }
        while (from < words.size() && SMALL.contains(phrase.substring(words.get(from)[0], words.get(from)[1]))) {
            from++;
        }
        return from < words.size() ? words.get(from)[0] : phrase.length();
    }

    private static FoundMention covering(List<FoundMention> found, int start, int end) {
        for (FoundMention f : found) {
            if (f.start() < end && f.end() > start && f.longForm() == null) {
                return f;
            }
        }
        return null;
    }

    private static void uses(Article article, Map<String, FoundMention> acronyms, List<FoundMention> found) {
        for (Map.Entry<String, FoundMention> e : acronyms.entrySet()) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "\\b").matcher(article.text());
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                boolean known = found.stream().anyMatch(f -> f.start() <= start && f.end() >= end);
                if (!known) {
                    found.add(new FoundMention(article.id(), e.getValue().type(), start, end, e.getKey(),
                            e.getValue().longForm()));
                }
            }
        }
    }
}
