package org.crosscheck.group;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.Crosscheck;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Event;
import org.crosscheck.report.DossierJson;

/**
 * The plain baseline for event grouping: TF-IDF cosine and average-link clustering, nothing else, over the
 * articles of a dossier; writes one regrouped dossier per threshold for the set's own scorer. Lives in the
 * group package (in the bench module) to reuse {@link TfIdf} and {@link AverageLink} as they are.
 * Usage: TfIdfBaseline IN/dossier.json OUT-PREFIX THRESHOLD[,THRESHOLD...]
 */
public final class TfIdfBaseline {

    private TfIdfBaseline() {
    }

    /**
     * Runs the baseline.
     *
     * @param args input dossier, output prefix, comma-separated thresholds
     * @throws Exception when a file cannot be read or written
     */
    public static void main(String[] args) throws Exception {
        Corpus corpus = DossierJson.read(Path.of(args[0])).toCorpus();
        List<Map<String, Integer>> docs = new ArrayList<>();
        corpus.articles().forEach(a -> {
            Map<String, Integer> counts = new HashMap<>();
            Words.content(a.text()).forEach(w -> counts.merge(w, 1, Integer::sum));
            docs.add(counts);
        });
        Map<Integer, Map<Integer, Double>> edges = new HashMap<>();
        new TfIdf(docs).pairs().forEach((i, row) -> row.forEach((j, s) -> {
            edges.computeIfAbsent(i, k -> new HashMap<>()).put(j, s);
            edges.computeIfAbsent(j, k -> new HashMap<>()).put(i, s);
        }));
        List<List<Integer>> singletons = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            singletons.add(List.of(i));
        }
        for (String t : args[2].split(",")) {
            List<Event> events = new ArrayList<>();
            for (List<Integer> c : AverageLink.cluster(singletons, edges, Double.parseDouble(t))) {
                events.add(new Event("ev" + (events.size() + 1), "", c.stream().sorted()
                        .map(i -> corpus.articles().get(i).id()).toList(), List.of()));
            }
            DossierJson.write(Crosscheck.dossier(corpus.withEvents(events).withStories(List.of())),
                    Path.of(args[1] + "-" + t + ".json"));
        }
    }
}
