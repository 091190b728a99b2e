package org.crosscheck.clean.lines;

import java.util.ArrayList;
import java.util.List;

/**
 * A document being cleaned: its lines and the verdict on each so far. This is the working state of
 * one {@link TextCleaner} run and never leaves it.
 */
public final class Draft {

    private final List<String> lines;
    private final Verdict[] verdicts;
    private final List<Cut> cuts = new ArrayList<>();

    /**
     * A prefix cut off a line.
     *
     * @param text    the text cut off
     * @param verdict what it was
     */
    public record Cut(String text, Verdict verdict) {
    }

    /**
     * Creates a draft.
     *
     * @param lines the document's lines (paragraphs), in order
     */
    public Draft(List<String> lines) {
        this.lines = new ArrayList<>(lines);
        this.verdicts = new Verdict[lines.size()];
    }

    /** Returns the number of lines. */
    public int size() {
        return lines.size();
    }

    /**
     * Returns a line's current text.
     *
     * @param i line index, 0-based
     * @return the text
     */
    public String line(int i) {
        return lines.get(i);
    }

    /**
     * Tells whether no filter has decided a line yet.
     *
     * @param i line index
     * @return true when the line is still open
     */
    public boolean isOpen(int i) {
        return verdicts[i] == null;
    }

    /**
     * Returns the verdict on a line, or null while open.
     *
     * @param i line index
     * @return the verdict
     */
    public Verdict verdict(int i) {
        return verdicts[i];
    }

    /**
     * Decides a line if it is still open.
     *
     * @param i       line index
     * @param verdict the decision
     */
    public void mark(int i, Verdict verdict) {
        if (verdicts[i] == null) {
            verdicts[i] = verdict;
        }
    }

    /**
     * Cuts a prefix off an open line (e.g. a dateline); the line stays open with the rest.
     *
     * @param i       line index
     * @param length  characters to cut from the start
     * @param verdict what the prefix is
     */
    public void cutPrefix(int i, int length, Verdict verdict) {
        String text = lines.get(i);
        cuts.add(new Cut(text.substring(0, length).strip(), verdict));
        lines.set(i, text.substring(length));
    }

    /** Returns the prefixes cut by {@link #cutPrefix}, in order. */
    public List<Cut> cuts() {
        return List.copyOf(cuts);
    }

    /**
     * Returns the indexes of the first {@code n} non-blank lines.
     *
     * @param n how many
     * @return their indexes
     */
    public List<Integer> firstNonBlank(int n) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < size() && found.size() < n; i++) {
            if (!lines.get(i).isBlank()) {
                found.add(i);
            }
        }
        return found;
    }
}
