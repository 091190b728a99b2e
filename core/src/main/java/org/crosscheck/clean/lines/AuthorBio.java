package org.crosscheck.clean.lines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crosscheck.model.Removal;

/**
 * The author's box at the end of an article ("Regan is a Connecticut native…", "Mike Wall's book about…"):
 * one of the last two paragraphs that opens with the name of the article's own author is about the author, not
 * the story, so it leaves the text with its reason, and so does what follows it (the page's furniture after
 * the article's end). Known from the byline, not from any language's words.
 */
public final class AuthorBio {

    /** The reason given for such a paragraph and what follows it. */
    public static final String REASON = "about the author (a closing paragraph opening with the byline's name, "
            + "and what follows it)";

    // only the last paragraphs, and only after a story of some length
    private static final int LAST = 2;
    private static final int MIN_BEFORE = 3;
    private static final int MIN_NAME = 3;
    private static final int MIN_WORDS = 12;

    /**
     * The text without its closing author's box, and the box as a removal.
     *
     * @param text    paragraphs joined by blank lines
     * @param removed the removals: text with its reason
     */
    public record Split(String text, List<Removal> removed) {

        /** Copies the list. */
        public Split {
            removed = List.copyOf(removed);
        }
    }

    private AuthorBio() {
    }

    /**
     * Takes the author's box out of the end of a text.
     *
     * @param text   the article text: paragraphs joined by blank lines
     * @param author the article's author, or null
     * @return the text without the box (the same text when there is none)
     */
    public static Split remove(String text, String author) {
        String name = author == null ? "" : author.strip();
        if (name.length() < MIN_NAME || name.contains(",")) {
            return new Split(text, List.of()); // no byline, or several authors
        }
        List<String> paragraphs = new ArrayList<>(Arrays.asList(text.split("\n\n")));
        // the box, and what follows it (the page's own furniture after the article's end)
        for (int i = Math.max(MIN_BEFORE, paragraphs.size() - LAST); i < paragraphs.size(); i++) {
            if (isBio(paragraphs.get(i), name)) {
                List<String> tail = paragraphs.subList(i, paragraphs.size());
                List<Removal> removed = tail.stream().map(p -> new Removal(p, REASON)).toList();
                tail.clear();
                return new Split(String.join("\n\n", paragraphs), removed);
            }
        }
        return new Split(text, List.of());
    }

    // a few sentences about someone: a list line or a product name that shares the byline's word is none
    private static boolean isBio(String paragraph, String name) {
        return opensWith(paragraph, name) && LineFeatures.words(paragraph) >= MIN_WORDS
                && LineFeatures.endsSentence(paragraph);
    }

    // the whole name, or its first word, then something that is not a letter (a space, an apostrophe)
    private static boolean opensWith(String paragraph, String name) {
        String first = name.split("\\s+")[0];
        return startsWord(paragraph, name) || first.length() >= MIN_NAME && startsWord(paragraph, first);
    }

    private static boolean startsWord(String paragraph, String word) {
        return paragraph.startsWith(word) && paragraph.length() > word.length()
                && !Character.isLetterOrDigit(paragraph.charAt(word.length()));
    }
}
