package org.crosscheck.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Event;
import org.crosscheck.model.Story;

/**
 * Groups articles into stories, then each story's articles into events, by average-link clustering of
 * {@link ArticleGraph}s. Stories come first, over the whole corpus with a low threshold (one topic);
 * events are then found inside each story on a graph built from the story's articles alone, so that
 * the words every article of the topic shares weigh little and what tells two happenings of one kind
 * apart (names, places, years, the lead) weighs much.
 */
final class EventFinder {

    private static final int STRAGGLER_SIZE = 2;

    private EventFinder() {
    }

    /**
     * Clusters a corpus's articles into events and stories, counting the document frequencies of its profiles.
     *
     * @param corpus   the corpus
     * @param profiles the articles' profiles, in article order
     * @param copies   copy relations
     * @param settings weights and thresholds
     * @return the corpus with events and stories
     */
    static Corpus find(Corpus corpus, List<ArticleProfile> profiles, List<Copy> copies, GroupSettings settings) {
        return find(corpus, profiles, copies,
                DocumentFrequencies.count(profiles.stream().map(p -> p.terms().keySet()).toList()), settings);
    }

    /**
     * Clusters a corpus's articles into events and stories.
     *
     * @param corpus         the corpus
     * @param profiles       the articles' profiles, in article order
     * @param copies         copy relations (copies are as close as articles get)
     * @param df             the document frequencies of the profiles' terms (the whole corpus's)
     * @param settings       weights and thresholds
     * @return the corpus with events and stories
     */
    static Corpus find(Corpus corpus, List<ArticleProfile> profiles, List<Copy> copies, DocumentFrequencies df,
                       GroupSettings settings) {
        if (corpus.articles().isEmpty()) {
            return corpus.withEvents(List.of()).withStories(List.of());
        }
        Set<List<String>> copyPairs = copyPairs(copies);
        ArticleGraph global = new ArticleGraph(profiles, copyPairs, df, TfIdf.CORPUS_COMMON, settings);
        List<EventBlocks.GroupedStory> grouped = new ArrayList<>();
        for (List<Integer> block : blocks(profiles.size(), global.edges,
                s -> EventBlocks.binds(s, settings))) {
            Map<Integer, Integer> local = new HashMap<>();
            for (int k = 0; k < block.size(); k++) {
                local.put(block.get(k), k);
            }
            // the block's own links, the weak ones too (they count in its stories' titles); none leaves it
            // above the threshold, and a weak one that leaves it is dropped
            Map<Integer, Map<Integer, Double>> edges = new HashMap<>();
            for (int i : block) {
                global.edges.getOrDefault(i, Map.of()).forEach((j, w) -> {
                    if (local.containsKey(j)) {
                        edges.computeIfAbsent(local.get(i), k -> new HashMap<>()).put(local.get(j), w);
                    }
                });
            }
            grouped.addAll(EventBlocks.stories(block.stream().map(profiles::get).toList(),
                    block.stream().map(Integer::longValue).toList(), edges, copyPairs, settings));
        }
        grouped.sort(Comparator.comparingLong(EventBlocks.GroupedStory::first));
        List<Event> events = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        for (EventBlocks.GroupedStory story : grouped) {
            List<String> eventIds = new ArrayList<>();
            for (EventBlocks.GroupedEvent e : story.events()) {
                Event event = e.event("ev" + (events.size() + 1));
                events.add(event);
                eventIds.add(event.id());
            }
            stories.add(story.story("st" + (stories.size() + 1), eventIds));
        }
        return corpus.withEvents(events).withStories(stories);
    }

    /**
     * The connected components of a graph's binding links: the blocks its clustering at the threshold they
     * reach can be run on one by one ({@link EventBlocks#binds}). A weaker link cannot make two clusters merge, however
     * many there are, so it does not chain blocks together.
     *
     * @param n     the number of items
     * @param edges the links
     * @param binds which scores join two items' blocks
     * @return each component's items ascending, components in order of their least item
     */
    static List<List<Integer>> blocks(int n, Map<Integer, Map<Integer, Double>> edges,
                                      java.util.function.DoublePredicate binds) {
        int[] label = new int[n];
        java.util.Arrays.fill(label, -1);
        List<List<Integer>> out = new ArrayList<>();
        for (int start = 0; start < n; start++) {
            if (label[start] >= 0) {
                continue;
            }
            List<Integer> block = new ArrayList<>();
            java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(start));
            label[start] = start;
            while (!todo.isEmpty()) {
                int i = todo.pop();
                block.add(i);
                for (Map.Entry<Integer, Double> e : edges.getOrDefault(i, Map.of()).entrySet()) {
                    int j = e.getKey();
                    if (label[j] < 0 && binds.test(e.getValue())) {
                        label[j] = start;
                        todo.push(j);
                    }
                }
            }
            block.sort(null);
            out.add(block);
        }
        return out;
    }

    /**
     * An article or two left alone inside a story mostly belong to one of its events but fell short of
     * the threshold on average (brief reports share little); each joins the event it is closest to when
     * that closeness reaches the given least mean similarity.
     */
    static List<List<Integer>> attachStragglers(List<List<Integer>> clusters, ArticleGraph graph, double least) {
        List<List<Integer>> big = new ArrayList<>();
        List<List<Integer>> small = new ArrayList<>();
        for (List<Integer> c : clusters) {
            (c.size() > STRAGGLER_SIZE ? big : small).add(new ArrayList<>(c));
        }
        if (big.isEmpty()) {
            return clusters;
        }
        List<List<Integer>> out = new ArrayList<>(big);
        for (List<Integer> c : small) {
            List<Integer> best = null;
            double bestScore = least;
            for (List<Integer> b : big) {
                double s = mean(c, b, graph);
                if (s >= bestScore) {
                    best = b;
                    bestScore = s;
                }
            }
            if (best != null) {
                best.addAll(c);
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static double mean(List<Integer> a, List<Integer> b, ArticleGraph graph) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                sum += graph.edges.getOrDefault(i, Map.of()).getOrDefault(j, 0.0);
            }
        }
        return sum / (a.size() * b.size());
    }

    /** The copy relations but quotes, as (copy, original) pairs: the links at 1.0. */
    static Set<List<String>> copyPairs(List<Copy> copies) {
        Set<List<String>> out = new HashSet<>();
        for (Copy c : copies) {
            if (!"quotes".equals(c.relation())) {
                out.add(List.of(c.article(), c.of()));
            }
        }
        return out;
    }

    /** Titles made from the sources. */
    static final class Titles {

        private static final int MAX = 100;

        private Titles() {
        }

        /**
         * The headline of the article closest to the others, or its first sentence (the first of its profile's
         * sentences either way), shortened.
         */
        static String of(ArticleGraph graph, List<Integer> cluster) {
            int best = cluster.get(0);
            double bestScore = -1;
            for (int i : cluster) {
                double s = 0;
                for (int j : cluster) {
                    s += graph.edges.getOrDefault(i, Map.of()).getOrDefault(j, 0.0);
                }
                if (s > bestScore) {
                    best = i;
                    bestScore = s;
                }
            }
            ArticleProfile p = graph.profiles.get(best);
            String title = p.sentences().isEmpty() ? p.id() : p.sentences().get(0);
            return title.length() <= MAX ? title : title.substring(0, title.lastIndexOf(' ', MAX)) + " …";
        }
    }
}
