package org.crosscheck.extract;

import java.util.List;
import java.util.Set;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Sentence;

/**
 * The subject of a verb in a parsed sentence, as a token span: the {@code nsubj} of the verb, or of the
 * verb it continues through {@code conj}, {@code advcl}, {@code xcomp} or a bare {@code dep} of a gerund that
 * reports ("…, saying", "and added", "…, writing that"), with
 * the subject's determiners, adjectives, compounds, possessors and flat names. Input: a sentence with
 * Universal Dependencies edges.
 */
final class ParsedSubject {

    private static final Set<String> CONTINUES = Set.of("conj", "advcl", "xcomp", "parataxis");
    private static final Set<String> MODIFIERS = Set.of("det", "amod", "compound", "nmod:poss", "case", "flat",
            "nummod", "det:poss");
    private static final int MAX_HOPS = 2;
    /** How many words may stand between a reporting gerund and its "that". */
    private static final int MAX_BEFORE_THAT = 8;
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "he", "she", "it", "they");

    private ParsedSubject() {
    }

    /**
     * Finds the subject of a verb.
     *
     * @param sentence a parsed sentence
     * @param verb     index of the verb token
     * @return {first token, last token, head token} of the subject, or null when the verb has none
     */
    static int[] of(Sentence sentence, int verb) {
        List<Dependency> deps = sentence.dependencies();
        int v = verb;
        for (int hop = 0; hop <= MAX_HOPS && v >= 0; hop++) {
            for (Dependency d : deps) {
                if (d.governor() == v && d.relation().equals("nsubj")) {
                    return span(deps, d.dependent());
                }
            }
            v = governorThrough(sentence, v);
        }
        return null;
    }

    /**
     * Finds the name in apposition to a subject ("His former coach, Lise Marr, praised …").
     *
     * @param sentence a parsed sentence
     * @param head     index of the subject's head token
     * @return {first token, last token, head token} of the apposition, or null when there is none
     */
    static int[] apposition(Sentence sentence, int head) {
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() == head && d.relation().equals("appos")) {
                return span(sentence.dependencies(), d.dependent());
            }
        }
        return null;
    }

    /**
     * What follows the verb is said: "that" or a quotation within a few words with no verb before it ("denying
     * unequivocally, time and again, that …"), or a clause whose subject is a pronoun ("saying she was …").
     */
    private static boolean reports(Sentence sentence, int next) {
        List<org.crosscheck.model.Token> tokens = sentence.tokens();
        for (int j = next; j < tokens.size() && j < next + MAX_BEFORE_THAT; j++) {
            String w = tokens.get(j).word();
            String pos = tokens.get(j).pos() == null ? "" : tokens.get(j).pos();
            if (w.equalsIgnoreCase("that") || w.equals(":") || "“\"``".contains(w.substring(0, 1))
                    || j == next && SUBJECT_PRONOUNS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            if (pos.startsWith("VB") || pos.equals("MD") || pos.equals("TO")) {
                return false;
            }
        }
        return false;
    }

    private static int governorThrough(Sentence sentence, int dependent) {
        for (Dependency d : sentence.dependencies()) {
            // the parser may attach "…, writing that …" to its clause's verb as a bare "dep"; a gerund that
            // reports nothing ("agreeing to terms") is no saying of the clause's subject
            boolean gerund = d.relation().equals("dep") && "VBG".equals(sentence.tokens().get(dependent).pos())
                    && reports(sentence, dependent + 1);
            if (d.dependent() == dependent && (CONTINUES.contains(d.relation()) || gerund)) {
                return d.governor();
            }
        }
        return -1;
    }

    private static int[] span(List<Dependency> deps, int head) {
        int first = head;
        int last = head;
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Dependency d : deps) {
                boolean attached = d.governor() >= first && d.governor() <= last;
                if (attached && MODIFIERS.contains(d.relation()) && (d.dependent() == first - 1
                        || d.dependent() == last + 1)) {
                    first = Math.min(first, d.dependent());
                    last = Math.max(last, d.dependent());
                    grown = true;
                }
            }
        }
        return new int[] {first, last, head};
    }
}
