package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AverageLinkTest {

    private static void link(Map<Integer, Map<Integer, Double>> edges, int a, int b, double s) {
        edges.computeIfAbsent(a, k -> new HashMap<>()).put(b, s);
        edges.computeIfAbsent(b, k -> new HashMap<>()).put(a, s);
    }

    private static List<List<Integer>> singletons(int n) {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(List.of(i));
        }
        return out;
    }

    @Test
    void findsTheGroupsWithoutBeingToldHowMany() {
        Map<Integer, Map<Integer, Double>> edges = new HashMap<>();
        link(edges, 0, 1, 0.9);
        link(edges, 1, 2, 0.8);
        link(edges, 0, 2, 0.7);
        link(edges, 3, 4, 0.9);
        link(edges, 2, 3, 0.2);
        List<List<Integer>> clusters = AverageLink.cluster(singletons(6), edges, 0.5);
        assertThat(clusters).extracting(c -> c.stream().sorted().toList())
                .containsExactlyInAnyOrder(List.of(0, 1, 2), List.of(3, 4), List.of(5));
    }

    @Test
    void aWeakLinkDoesNotChainTwoGroupsOnAverage() {
        Map<Integer, Map<Integer, Double>> edges = new HashMap<>();
        link(edges, 0, 1, 0.9);
        link(edges, 2, 3, 0.9);
        link(edges, 1, 2, 0.6);
        assertThat(AverageLink.cluster(singletons(4), edges, 0.5)).hasSize(2);
    }

    @Test
    void startsFromGivenClusters() {
        Map<Integer, Map<Integer, Double>> edges = new HashMap<>();
        link(edges, 0, 2, 0.4);
        link(edges, 1, 3, 0.4);
        List<List<Integer>> stories = AverageLink.cluster(List.of(List.of(0, 1), List.of(2, 3)), edges, 0.15);
        assertThat(stories).hasSize(1);
        assertThat(stories.get(0)).hasSize(4);
    }

    @Test
    void eachConnectedBlockClusteredAloneGivesWhatTheWholeGraphGives() {
        for (long seed = 1; seed <= 20; seed++) {
            int n = 60;
            Map<Integer, Map<Integer, Double>> edges = threeGroups(seed, n);
            List<List<Integer>> whole = AverageLink.cluster(singletons(n), edges, 0.3);
            List<List<Integer>> byBlock = new ArrayList<>();
            for (List<Integer> block : EventFinder.blocks(n, edges, w -> w > 0)) {
                AverageLink.cluster(singletons(block.size()), local(block, edges), 0.3)
                        .forEach(c -> byBlock.add(c.stream().map(block::get).toList()));
            }
            // the same clusters, their members in the same order
            assertThat(byBlock).as("seed " + seed).containsExactlyInAnyOrderElementsOf(whole);
            assertThat(whole).as("seed " + seed).anyMatch(c -> c.size() > 2);
        }
    }

    @Test
    void blocksOfTheLinksAtTheThresholdClusteredAloneGiveWhatTheWholeGraphGives() {
        for (long seed = 1; seed <= 20; seed++) {
            int n = 60;
            Map<Integer, Map<Integer, Double>> edges = threeGroups(seed, n);
            // weak links chain the three groups into one connected graph; none reaches the threshold
            for (int k = 0; k < n; k++) {
                link(edges, k, (k + 1) % n, 0.1);
            }
            List<List<Integer>> whole = AverageLink.cluster(singletons(n), edges, 0.3);
            List<List<Integer>> blocks = EventFinder.blocks(n, edges, w -> w >= 0.3);
            List<List<Integer>> byBlock = new ArrayList<>();
            for (List<Integer> block : blocks) {
                AverageLink.cluster(singletons(block.size()), local(block, edges), 0.3)
                        .forEach(c -> byBlock.add(c.stream().map(block::get).toList()));
            }
            assertThat(EventFinder.blocks(n, edges, w -> w > 0)).as("seed " + seed).hasSize(1);
            assertThat(blocks.stream().mapToInt(List::size).max().orElse(0)).as("seed " + seed).isLessThanOrEqualTo(20);
            assertThat(byBlock).as("seed " + seed).containsExactlyInAnyOrderElementsOf(whole);
            assertThat(whole).as("seed " + seed).anyMatch(c -> c.size() > 2);
        }
    }

    /** A random graph of three unlinked groups of 20 items, with many ties: copies at 1.0, scores in few values. */
    private static Map<Integer, Map<Integer, Double>> threeGroups(long seed, int n) {
        java.util.Random random = new java.util.Random(seed);
        Map<Integer, Map<Integer, Double>> edges = new HashMap<>();
        for (int k = 0; k < 90; k++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            double s = random.nextInt(4) == 0 ? 1.0 : random.nextInt(5) / 5.0;
            if (a != b && a / 20 == b / 20) {
                link(edges, a, b, s);
            }
        }
        return edges;
    }

    /** A block's links among its own items, by their places in it. */
    private static Map<Integer, Map<Integer, Double>> local(List<Integer> block, Map<Integer, Map<Integer, Double>> edges) {
        Map<Integer, Map<Integer, Double>> local = new HashMap<>();
        for (int x = 0; x < block.size(); x++) {
            for (int y = 0; y < block.size(); y++) {
                Double w = edges.getOrDefault(block.get(x), Map.of()).get(block.get(y));
                if (w != null) {
                    local.computeIfAbsent(x, k -> new HashMap<>()).put(y, w);
                }
            }
        }
        return local;
    }
}
