package org.crosscheck.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Average-link agglomerative clustering over a sparse similarity graph: the two clusters with the
 * highest mean pairwise similarity merge until no pair reaches the threshold. Pairs missing from the
 * graph count as similarity 0, so only linked clusters are ever compared and the work grows with the
 * number of edges, not the square of the items. The number of clusters is found, not given. Ties are taken in
 * the order of the clusters' slots (the items' order), so the result is the same for a connected block of the
 * graph clustered alone as for the whole graph.
 */
final class AverageLink {

    private record Candidate(double score, int a, int b, long versionA, long versionB) {
    }

    private AverageLink() {
    }

    /**
     * Clusters items.
     *
     * @param initial   starting clusters (lists of item indexes; singletons for plain clustering)
     * @param edges     similarity of linked item pairs: edges.get(i).get(j) for i != j, symmetric
     * @param threshold the least mean similarity at which two clusters merge
     * @return the clusters, as lists of item indexes
     */
    static List<List<Integer>> cluster(List<List<Integer>> initial, Map<Integer, Map<Integer, Double>> edges,
                                       double threshold) {
        int n = initial.size();
        List<List<Integer>> members = new ArrayList<>();
        int[] clusterOf = new int[initial.stream().mapToInt(List::size).sum() + 1];
        for (int c = 0; c < n; c++) {
            members.add(new ArrayList<>(initial.get(c)));
            for (int item : initial.get(c)) {
                clusterOf[item] = c;
            }
        }
        List<Map<Integer, Double>> sums = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            sums.add(new HashMap<>());
        }
        edges.forEach((i, row) -> row.forEach((j, s) -> {
            int ci = clusterOf[i];
            int cj = clusterOf[j];
            if (ci != cj) {
                sums.get(ci).merge(cj, s, Double::sum);
            }
        }));
        long[] version = new long[n];
        boolean[] alive = new boolean[n];
        java.util.Arrays.fill(alive, true);
        // one total order (best score first, then by cluster), so that the merges of unlinked parts of the graph do
        // not change each other's order: a connected block clustered alone merges as it does in the whole graph
        PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::a).thenComparingInt(Candidate::b));
        for (int c = 0; c < n; c++) {
            for (Map.Entry<Integer, Double> e : sums.get(c).entrySet()) {
                if (c < e.getKey()) {
                    queue.add(candidate(c, e.getKey(), e.getValue(), members, version));
                }
            }
        }
        while (!queue.isEmpty()) {
            Candidate best = queue.poll();
            if (best.score < threshold) {
                break;
            }
            if (!alive[best.a] || !alive[best.b] || version[best.a] != best.versionA || version[best.b] != best.versionB) {
                continue;
            }
            merge(best.a, best.b, members, sums, alive, version);
            for (Map.Entry<Integer, Double> e : sums.get(best.a).entrySet()) {
                queue.add(candidate(best.a, e.getKey(), e.getValue(), members, version));
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            if (alive[c]) {
                out.add(members.get(c));
            }
        }
        return out;
    }

    private static Candidate candidate(int a, int b, double sum, List<List<Integer>> members, long[] version) {
        double mean = sum / ((double) members.get(a).size() * members.get(b).size());
        return new Candidate(mean, a, b, version[a], version[b]);
    }

    private static void merge(int a, int b, List<List<Integer>> members, List<Map<Integer, Double>> sums,
                              boolean[] alive, long[] version) {
        members.get(a).addAll(members.get(b));
        alive[b] = false;
        version[a]++;
        version[b]++;
        Map<Integer, Double> row = sums.get(a);
        row.remove(b);
        for (Map.Entry<Integer, Double> e : sums.get(b).entrySet()) {
            int k = e.getKey();
            if (k == a) {
                continue;
            }
            row.merge(k, e.getValue(), Double::sum);
            Map<Integer, Double> other = sums.get(k);
            other.remove(b);
            other.merge(a, e.getValue(), Double::sum);
        }
        sums.get(b).clear();
    }
}
