package org.crosscheck.group;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Event;
import org.crosscheck.model.Story;

/**
 * Stories and events of one block of the corpus's article graph: a set of articles no binding link of the graph
 * leaves ({@link #binds}: a connected component of the links at the story threshold, or several). Average-link
 * clustering merges two clusters only when their mean link reaches the threshold, which needs one link between
 * them at the threshold or above (scores are never negative), and its merges are taken in one total order (score,
 * then cluster), so the stories and events of a block are those the whole graph's clustering gives its articles.
 * Weaker links do not join blocks: a corpus's candidate pairs chain most of it together through words many stories
 * share, and a block bounded by them alone would grow with the corpus. Both paths cluster block by block: core
 * over the components it finds in its graph ({@link EventFinder}), a distributed run over the components of the
 * scored pairs' binding links, each block on an executor.
 */
public final class EventBlocks {

    private EventBlocks() {
    }

    /**
     * A scored link of the article graph: a candidate pair ({@link EventCandidates#score}) or a copy (1.0),
     * the higher score when both.
     *
     * @param a     one article's id
     * @param b     the other's
     * @param score the link's score
     */
    public record Link(String a, String b, double score) implements Serializable {
    }

    /**
     * An event found in a block, not yet numbered.
     *
     * @param title    its title, from its sources
     * @param articles its articles' ids, in corpus order
     */
    public record GroupedEvent(String title, List<String> articles) implements Serializable {

        /**
         * Numbers the event.
         *
         * @param id its id
         * @return the event, without a summary
         */
        public Event event(String id) {
            return new Event(id, title, articles, List.of());
        }
    }

    /**
     * A story found in a block, not yet numbered.
     *
     * @param first  the corpus position of its first article: stories are numbered in this order
     * @param title  its title, from its sources
     * @param events its events, in the order they are numbered
     */
    public record GroupedStory(long first, String title, List<GroupedEvent> events) implements Serializable {

        /**
         * Numbers the story.
         *
         * @param id       its id
         * @param eventIds its events' ids, in the order of {@link #events}
         * @return the story
         */
        public Story story(String id, List<String> eventIds) {
            return new Story(id, title, eventIds);
        }
    }

    /**
     * Tells whether a link of the article graph joins its two articles' blocks: only a link at the story threshold
     * or above can put them into one story (and events are found inside stories).
     *
     * @param score    the link's score
     * @param settings the thresholds of grouping
     * @return whether the link binds
     */
    public static boolean binds(double score, GroupSettings settings) {
        return score >= settings.storyThreshold();
    }

    /**
     * Clusters one block.
     *
     * @param members   the block's articles' profiles ({@link GroupCard#profile} will do), in corpus order
     * @param positions each member's position in the corpus, ascending
     * @param links     the graph's links between members (any order, either direction), the weak ones too: they count
     *                  in the titles
     * @param copyPairs the copy relations between members but quotes, as (copy, original) pairs
     * @param settings  weights and thresholds
     * @return the block's stories, in corpus order of their first articles
     * @throws IllegalArgumentException when a link names an article that is not a member
     */
    public static List<GroupedStory> stories(List<ArticleProfile> members, List<Long> positions, List<Link> links,
                                             Set<List<String>> copyPairs, GroupSettings settings) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            index.put(members.get(i).id(), i);
        }
        Map<Integer, Map<Integer, Double>> edges = new HashMap<>();
        for (Link l : links) {
            Integer i = index.get(l.a());
            Integer j = index.get(l.b());
            if (i == null || j == null) {
                throw new IllegalArgumentException("a link to an article outside the block: " + l);
            }
            edges.computeIfAbsent(i, k -> new HashMap<>()).merge(j, l.score(), Math::max);
            edges.computeIfAbsent(j, k -> new HashMap<>()).merge(i, l.score(), Math::max);
        }
        return stories(members, positions, edges, copyPairs, settings);
    }

    /** Clusters one block whose links are given by member position. */
    static List<GroupedStory> stories(List<ArticleProfile> members, List<Long> positions,
                                      Map<Integer, Map<Integer, Double>> edges, Set<List<String>> copyPairs,
                                      GroupSettings settings) {
        ArticleGraph global = new ArticleGraph(members, edges);
        List<List<Integer>> storyClusters = AverageLink.cluster(global.singletons(), global.edges,
                settings.storyThreshold());
        storyClusters.sort(Comparator.comparingInt(c -> c.stream().mapToInt(i -> i).min().orElse(0)));
        List<GroupedStory> out = new ArrayList<>();
        for (List<Integer> story : storyClusters) {
            List<Integer> sorted = story.stream().sorted().toList();
            List<ArticleProfile> local = sorted.stream().map(members::get).toList();
            ArticleGraph graph = new ArticleGraph(local, copyPairs, settings.storyCommon(), settings);
            List<List<Integer>> clusters = EventFinder.attachStragglers(
                    AverageLink.cluster(graph.singletons(), graph.edges, settings.eventThreshold()), graph,
                    settings.eventThreshold() * settings.stragglerShare());
            clusters.sort(Comparator.comparingInt(c -> c.stream().mapToInt(i -> i).min().orElse(0)));
            List<GroupedEvent> events = new ArrayList<>();
            for (List<Integer> cluster : clusters) {
                events.add(new GroupedEvent(EventFinder.Titles.of(graph, cluster),
                        cluster.stream().sorted().map(i -> local.get(i).id()).toList()));
            }
            out.add(new GroupedStory(positions.get(sorted.get(0)), EventFinder.Titles.of(global, story), events));
        }
        return out;
    }
}
