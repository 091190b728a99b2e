package org.crosscheck.group;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.CitedSentence;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Event;
import org.crosscheck.model.Story;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.DossierJson;

/**
 * Groups an analysed dossier's articles and entities again (the group stage alone, its sentences embedded anew)
 * and lists the copies, events with their summaries, and stories one a line, so that two builds' listings can be
 * compared with {@code diff}: a change meant to keep grouping's output must leave the listing alike.
 * Usage: RegroupListing DOSSIER
 */
public final class RegroupListing {

    private RegroupListing() {
    }

    /**
     * Prints the listing.
     *
     * @param args the dossier
     * @throws Exception when the dossier cannot be read
     */
    public static void main(String[] args) throws Exception {
        Corpus read = DossierJson.read(Path.of(args[0])).toCorpus();
        Corpus corpus = read.withCopies(List.of()).withEvents(List.of()).withStories(List.of());
        Corpus grouped = new GroupStage(MiniLmEmbedder::shared).apply(corpus, Progress.NONE);
        for (Copy c : grouped.copies()) {
            System.out.println("copy\t" + c.article() + "\t" + c.of() + "\t" + c.relation() + "\t" + c.score());
        }
        for (Event e : grouped.events()) {
            System.out.println("event\t" + e.id() + "\t" + e.title() + "\t" + e.articles());
            for (CitedSentence s : e.summary()) {
                System.out.println("  cites\t" + s.article() + "\t" + s.start() + "\t" + s.end());
            }
        }
        for (Story s : grouped.stories()) {
            System.out.println("story\t" + s.id() + "\t" + s.title() + "\t" + s.events());
        }
    }
}
