package org.crosscheck.bench;

import java.nio.file.Path;
import org.crosscheck.Crosscheck;
import org.crosscheck.group.GroupSettings;
import org.crosscheck.group.GroupStage;
import org.crosscheck.group.MiniLmEmbedder;
import org.crosscheck.model.Corpus;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.DossierJson;

/**
 * Re-runs event grouping on an analysed dossier with given thresholds, without re-annotating, and writes
 * the regrouped dossier (for threshold studies: score it with the set's own scorer).
 * Usage: GroupingEval IN/dossier.json OUT/dossier.json [eventThreshold storyThreshold].
 */
public final class GroupingEval {

    private GroupingEval() {
    }

    /**
     * Runs the study.
     *
     * @param args input dossier, output dossier, optional thresholds
     * @throws Exception when a file cannot be read or written
     */
    public static void main(String[] args) throws Exception {
        Corpus corpus = DossierJson.read(Path.of(args[0])).toCorpus();
        GroupSettings d = GroupSettings.DEFAULT;
        double event = args.length > 2 ? Double.parseDouble(args[2]) : d.eventThreshold();
        double story = args.length > 3 ? Double.parseDouble(args[3]) : d.storyThreshold();
        long start = System.nanoTime();
        Corpus grouped = new GroupStage(MiniLmEmbedder::shared, d.withThresholds(event, story)).apply(corpus, Progress.NONE);
        System.err.printf("grouped %d articles into %d events, %d stories in %.1f s%n", corpus.articles().size(),
                grouped.events().size(), grouped.stories().size(), (System.nanoTime() - start) / 1e9);
        DossierJson.write(Crosscheck.dossier(grouped), Path.of(args[1]));
    }
}
