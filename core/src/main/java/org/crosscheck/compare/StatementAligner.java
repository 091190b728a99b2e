package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.extract.NameKey;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Statement;

/**
 * Finds one statement reported by several articles of a story: the same speaker (any spelling) and the same
 * proposition (most of the shorter content's words in the longer, at least a few of them, and the same numbers
 * when both give numbers). Statements
 * that say the same thing join transitively, so a quote reported in full by one outlet and in two parts by
 * another is one comparison; statements by one speaker that share too few words stay apart.
 */
final class StatementAligner {

    private static final double SAME_WORDS = 0.5;
    private static final int MIN_SHARED = 3;
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d[\\d,.]*");

    /**
     * Adds a comparison for each statement reported by more than one article.
     *
     * @param corpus   the corpus
     * @param storyOf  story id by article id
     * @param sourceOf independent source by article id
     * @param out      the comparisons so far; new ones are appended, numbered on
     */
    void align(Corpus corpus, Map<String, String> storyOf, Map<String, String> sourceOf, List<Comparison> out) {
        List<Statement> all = corpus.statements().stream()
                .filter(s -> s.speaker() != null && storyOf.containsKey(s.article())).toList();
        List<Set<String>> words = all.stream().map(s -> words(s.content())).toList();
        int[] parent = new int[all.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (same(all.get(i), all.get(j), words.get(i), words.get(j), storyOf)) {
                    parent[root(parent, j)] = root(parent, i);
                }
            }
        }
        Map<Integer, List<Statement>> groups = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(all.get(i));
        }
        for (List<Statement> same : groups.values()) {
            long articles = same.stream().map(Statement::article).distinct().count();
            if (articles > 1) {
                long sources = same.stream().map(s -> sourceOf.getOrDefault(s.article(), s.article())).distinct().count();
                out.add(new Comparison("c" + (out.size() + 1), "what " + same.get(0).speaker().text() + " said",
                        "statement", List.of(), same.stream().map(Statement::id).toList(), "agree",
                        Notes.forStatements(corpus, same, sources)));
            }
        }
    }

    private static boolean same(Statement a, Statement b, Set<String> wa, Set<String> wb, Map<String, String> storyOf) {
        return storyOf.get(a.article()).equals(storyOf.get(b.article())) && sameSpeaker(a, b)
                && sameNumbers(a.content(), b.content()) && overlap(wa, wb) >= SAME_WORDS && shared(wa, wb) >= Math.min(MIN_SHARED, Math.min(wa.size(), wb.size()));
    }

    /** Contents that both give numbers say the same only with the same numbers ("120 homes", "150 homes"). */
    private static boolean sameNumbers(String a, String b) {
        Set<String> na = numbers(a);
        Set<String> nb = numbers(b);
        return na.isEmpty() || nb.isEmpty() || na.equals(nb);
    }

    private static Set<String> numbers(String s) {
        Set<String> out = new HashSet<>();
        java.util.regex.Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            out.add(m.group().replace(",", ""));
        }
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Two statements by one speaker: the same entity, else two spellings of one name. */
    static boolean sameSpeaker(Statement a, Statement b) {
        if (a.speaker().entity() != null && b.speaker().entity() != null) {
            return a.speaker().entity().equals(b.speaker().entity());
        }
        return a.speaker().text() != null && b.speaker().text() != null
                && sameName(a.speaker().text(), b.speaker().text());
    }

    /** Two spellings of one name: surnames alike and, when both are given, first names alike. */
    static boolean sameName(String a, String b) {
        String[] wa = a.strip().split("\\s+");
        String[] wb = b.strip().split("\\s+");
        boolean last = NameKey.sameName(wa[wa.length - 1], wb[wb.length - 1]);
        return last && (wa.length < 2 || wb.length < 2 || NameKey.sameName(wa[0], wb[0]));
    }

    /** Share of the shorter content's words found in the longer. */
    static double overlap(Set<String> wa, Set<String> wb) {
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> small = wa.size() <= wb.size() ? wa : wb;
        return shared(wa, wb) / (double) small.size();
    }

    private static long shared(Set<String> wa, Set<String> wb) {
        Set<String> small = wa.size() <= wb.size() ? wa : wb;
        Set<String> large = small == wa ? wb : wa;
        return small.stream().filter(large::contains).count();
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3) {
                out.add(w);
            }
        }
        return out;
    }
}
