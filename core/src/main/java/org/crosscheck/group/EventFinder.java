package org.crosscheck.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Article;
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
     * Clusters a corpus's articles into events and stories.
     *
     * @param corpus         the corpus
     * @param profiles       the articles' profiles, in article order
     * @param copies         copy relations (copies are as close as articles get)
     * @param settings       weights and thresholds
     * @return the corpus with events and stories
     */
    static Corpus find(Corpus corpus, List<ArticleProfile> profiles, List<Copy> copies, GroupSettings settings) {
        if (corpus.articles().isEmpty()) {
            return corpus.withEvents(List.of()).withStories(List.of());
        }
        Set<List<String>> copyPairs = copyPairs(copies);
        ArticleGraph global = new ArticleGraph(profiles, copyPairs, TfIdf.CORPUS_COMMON, settings);
        List<List<Integer>> storyClusters = AverageLink.cluster(global.singletons(), global.edges, settings.storyThreshold());
        storyClusters.sort(Comparator.comparingInt(c -> c.stream().mapToInt(i -> i).min().orElse(0)));
        List<Event> events = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        for (List<Integer> story : storyClusters) {
            List<Integer> members = story.stream().sorted().toList();
            List<ArticleProfile> local = members.stream().map(profiles::get).toList();
            ArticleGraph graph = new ArticleGraph(local, copyPairs, settings.storyCommon(), settings);
            List<List<Integer>> clusters = attachStragglers(
                    AverageLink.cluster(graph.singletons(), graph.edges, settings.eventThreshold()), graph,
                    settings.eventThreshold() * settings.stragglerShare());
            clusters.sort(Comparator.comparingInt(c -> c.stream().mapToInt(i -> i).min().orElse(0)));
            List<String> eventIds = new ArrayList<>();
            for (List<Integer> cluster : clusters) {
                List<String> ids = cluster.stream().sorted().map(i -> local.get(i).id()).toList();
                Event event = new Event("ev" + (events.size() + 1), Titles.of(corpus, graph, cluster), ids, List.of());
                events.add(event);
                eventIds.add(event.id());
            }
            stories.add(new Story("st" + (stories.size() + 1), Titles.of(corpus, global, story), eventIds));
        }
        return corpus.withEvents(events).withStories(stories);
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

    private static Set<List<String>> copyPairs(List<Copy> copies) {
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

        /** The headline of the article closest to the others, or its first sentence, shortened. */
        static String of(Corpus corpus, ArticleGraph graph, List<Integer> cluster) {
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
            Article a = corpus.article(graph.profiles.get(best).id());
            String title = a.title() != null && !a.title().isBlank() ? a.title()
                    : Profiles.sentences(a).stream().findFirst().orElse(a.id());
            return title.length() <= MAX ? title : title.substring(0, title.lastIndexOf(' ', MAX)) + " …";
        }
    }
}
