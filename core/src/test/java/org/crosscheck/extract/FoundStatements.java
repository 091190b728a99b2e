package org.crosscheck.extract;

import java.util.List;
import org.crosscheck.model.Statement;
import org.crosscheck.testing.Nlp;

/** Test helpers: the statements the whole pipeline finds in one invented text, and the one that holds some words. */
final class FoundStatements {

    private FoundStatements() {
    }

    /**
     * Annotates and extracts one text.
     *
     * @param text the article's text
     * @return its statements
     */
    static List<Statement> in(String text) {
        return Nlp.extracted(text).statements();
    }

    /**
     * Finds the statement whose content holds some words.
     *
     * @param found statements
     * @param words words of the content
     * @return the first statement holding them
     * @throws AssertionError when none does
     */
    static Statement saying(List<Statement> found, String words) {
        return found.stream().filter(s -> s.content().contains(words)).findFirst().orElseThrow(
                () -> new AssertionError("no statement holds “" + words + "” in " + found));
    }
}
