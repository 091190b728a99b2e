package org.crosscheck.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * Later uses of a person's surname alone ("The rower Eva Strand … Strand had trained"), which NER often misses
 * when the surname is also a common word: a capitalised token equal to the last word of a person named in full
 * earlier in the article, standing alone (no capitalised word beside it, which would make another name), is a
 * mention of that person. A surname two named persons share is nobody's.
 */
final class SurnameUses {

    private SurnameUses() {
    }

    /**
     * Adds the surname uses NER missed to the mentions found so far.
     *
     * @param article    the article
     * @param annotation its sentences and tokens
     * @param found      the mentions found so far; uses are added to it
     */
    static void add(Article article, Annotation annotation, List<FoundMention> found) {
        Map<String, FoundMention> bySurname = surnames(found);
        for (Sentence s : annotation.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                FoundMention full = bySurname.get(t.word());
                if (full != null && full.end() <= t.start() && alone(tokens, i) && !covered(found, t)) {
                    found.add(new FoundMention(article.id(), "PERSON", t.start(), t.end(), t.word(), null));
                }
            }
        }
    }

    /** The first full-name mention of each surname; null for a surname of two different full names. */
    private static Map<String, FoundMention> surnames(List<FoundMention> found) {
        Map<String, FoundMention> first = new HashMap<>();
        Map<String, String> fullName = new HashMap<>();
        for (FoundMention m : found) {
            String[] words = m.text().split("\\s+");
            boolean capitalised = Character.isUpperCase(words[words.length - 1].charAt(0));
            if (!m.type().equals("PERSON") || words.length < 2 || !capitalised) {
                continue;
            }
            String surname = words[words.length - 1];
            String known = fullName.putIfAbsent(surname, m.text());
            if (known == null) {
                first.put(surname, m);
            } else if (!known.equals(m.text())) {
                first.put(surname, null);
            }
        }
        first.values().removeIf(java.util.Objects::isNull);
        return first;
    }

    /**
     * Neither neighbour makes it part of another name ("Strand Hotel", "Jon Strand", "the Strand"): the word
     * before may be an honorific ("Ms Strand") or a capitalised word opening the sentence ("Yesterday Strand").
     */
    private static boolean alone(List<Token> tokens, int i) {
        Token before = i > 0 ? tokens.get(i - 1) : null;
        boolean nameBefore = before != null && capitalisedWord(before) && i - 1 > 0
                && !Lexicon.HONORIFICS.contains(before.word().toLowerCase(java.util.Locale.ROOT).replace(".", ""));
        return !nameBefore && !(before != null && "DT".equals(before.pos()))
                && !(i + 1 < tokens.size() && capitalisedWord(tokens.get(i + 1)));
    }

    private static boolean capitalisedWord(Token t) {
        return Character.isUpperCase(t.word().charAt(0)) && t.word().chars().allMatch(Character::isLetter);
    }

    private static boolean covered(List<FoundMention> found, Token t) {
        return found.stream().anyMatch(f -> f.start() < t.end() && f.end() > t.start());
    }
}
