package org.crosscheck.report;

import java.util.Set;
import org.crosscheck.model.Dossier;

/**
 * The counts a reader sees first.
 *
 * @param articles    articles analysed
 * @param outlets     distinct outlets
 * @param events      events found
 * @param stories     stories found
 * @param statements  statements found
 * @param figures     figures found
 * @param conflicts   comparisons whose verdict is "differ" or "changed"
 * @param copies      copy relations found
 * @param errors      inputs that failed
 */
public record Summary(int articles, int outlets, int events, int stories, int statements, int figures,
                      int conflicts, int copies, int errors) {

    /**
     * Counts a dossier.
     *
     * @param d the dossier
     * @return its summary
     */
    public static Summary of(Dossier d) {
        int outlets = (int) d.articles().stream().map(a -> a.outlet() == null ? "" : a.outlet()).distinct().count();
        int conflicts = (int) d.comparisons().stream()
                .filter(c -> Set.of("differ", "changed", "disputed").contains(c.verdict())).count();
        return new Summary(d.articles().size(), outlets, d.events().size(), d.stories().size(),
                d.statements().size(), d.figures().size(), conflicts, d.copies().size(), d.errors().size());
    }
}
