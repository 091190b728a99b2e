package org.crosscheck.extract;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The verbs that attribute speech or a claim, from the statement finder's cue list ({@code cues-en.tsv}), for the
 * stages that need to know a verb of saying: which sentences to parse, and that a date beside one dates the
 * saying. Findings ("found", "showed") are left out: what they report is the finding's, not a saying.
 */
public final class SpeechVerbs {

    private static final Set<String> ENGLISH = Cues.english().lemmas().entrySet().stream()
            .filter(e -> !e.getValue().cueClass().equals("find")).map(java.util.Map.Entry::getKey)
            .collect(Collectors.toUnmodifiableSet());

    private SpeechVerbs() {
    }

    /**
     * Returns the English verbs of saying.
     *
     * @return lower-case lemmas
     */
    public static Set<String> english() {
        return ENGLISH;
    }
}
