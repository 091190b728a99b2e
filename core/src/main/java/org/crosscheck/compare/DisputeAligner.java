package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.group.Words;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Statement;

/**
 * Finds disputed claims: a statement denied or rejected by another party of the same story ("Moscow denied
 * …", "rejected the governor's accusation"). A denial answers the claim of another speaker that shares the
 * most words with the denial's sentence (at least {@value #MIN_SHARED}), or, sharing fewer, the accusation told
 * just before it in its own article. A claim with all its denials is one comparison with the verdict
 * {@code disputed}; several outlets' denials of one claim join it.
 */
final class DisputeAligner {

    private static final int MIN_SHARED = 2;

    /**
     * Adds a {@code disputed} comparison for each claim that another party denies.
     *
     * @param corpus  the corpus
     * @param storyOf story id by article id
     * @param out     the comparisons so far; new ones are appended, numbered on
     */
    void align(Corpus corpus, Map<String, String> storyOf, List<Comparison> out) {
        List<Statement> spoken = corpus.statements().stream()
                .filter(s -> s.speaker() != null && storyOf.containsKey(s.article())).toList();
        // each claim's content words once, not once for every denial it is weighed against
        Map<Statement, Set<String>> contentWords = new HashMap<>();
        spoken.forEach(s -> contentWords.put(s, new HashSet<>(Words.content(s.content()))));
        Map<Statement, List<Statement>> denialsOf = new LinkedHashMap<>();
        for (Statement denial : spoken) {
            if (Statement.DENY.equals(denial.cueClass())) {
                Statement claim = answered(corpus, denial, spoken, contentWords, storyOf);
                if (claim != null) {
                    denialsOf.computeIfAbsent(claim, k -> new ArrayList<>()).add(denial);
                }
            }
        }
        denialsOf.forEach((claim, denials) -> {
            List<String> ids = new ArrayList<>(List.of(claim.id()));
            denials.forEach(d -> ids.add(d.id()));
            out.add(new Comparison("c" + (out.size() + 1), "what " + claim.speaker().text() + " claimed", "statement",
                    List.of(), ids, "disputed", Notes.forDispute(corpus, claim, denials)));
        });
    }

    /** The claim a denial answers, or null. */
    private static Statement answered(Corpus corpus, Statement denial, List<Statement> spoken,
                                      Map<Statement, Set<String>> contentWords, Map<String, String> storyOf) {
        Set<String> said = words(corpus, denial);
        Statement best = null;
        long bestShared = MIN_SHARED - 1;
        for (Statement claim : spoken) {
            if (claim == denial || Statement.DENY.equals(claim.cueClass())
                    || !storyOf.get(claim.article()).equals(storyOf.get(denial.article()))
                    || StatementAligner.sameSpeaker(claim, denial)) {
                continue;
            }
            long shared = contentWords.get(claim).stream().filter(said::contains).count();
            if (shared > bestShared) {
                best = claim;
                bestShared = shared;
            }
        }
        return best != null ? best : accusationBefore(denial, spoken);
    }

    /** "Varga said logging was to blame. Oskel Timber denied any responsibility.": the accusation just before. */
    private static Statement accusationBefore(Statement denial, List<Statement> spoken) {
        Statement before = null;
        for (Statement s : spoken) {
            if (s.article().equals(denial.article()) && s.end() <= denial.start()
                    && (before == null || s.end() > before.end())) {
                before = s;
            }
        }
        return before != null && Statement.CRITICISE.equals(before.cueClass())
                && !StatementAligner.sameSpeaker(before, denial) ? before : null;
    }

    /**
     * The content words of the denial's whole span, without its speaker's name and its cue (they name the denier
     * and the denying, not the claim).
     */
    private static Set<String> words(Corpus corpus, Statement denial) {
        String text = corpus.article(denial.article()).text();
        String span = denial.end() <= text.length() ? text.substring(denial.start(), denial.end()) : denial.content();
        Set<String> own = new HashSet<>(Words.content((denial.speaker().text() == null ? "" : denial.speaker().text())
                + " " + (denial.cue() == null ? "" : denial.cue())));
        return Words.content(span).stream().filter(w -> !own.contains(w)).collect(Collectors.toSet());
    }
}
