package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.crosscheck.model.Entity;

/**
 * Resolves names to entities on one machine, by {@link EntityBlocks}' passes. Inside an article: a surname
 * or a title-less short form joins the latest full name it matches; an acronym joins the long form it was
 * defined for. Across articles: people merge when both first name and surname are spellings of one another
 * ({@link NameKey}); a bare surname joins a full name only when exactly one person in the corpus has that
 * surname, so two people who share a surname are never merged. Organisations and places merge on equal keys,
 * acronyms and initials. Candidates are blocked by key prefix, so the work grows with the corpus, not its
 * square. Every block of a pass is run here in one loop and its links joined in one set of disjoint sets; a
 * distributed run shuffles by the same block keys and joins the links by connected components.
 */
final class EntityResolver {

    private EntityResolver() {
    }

    static List<Entity> resolve(Map<String, List<FoundMention>> byArticle, List<String> articleOrder) {
        List<NameCluster> clusters = new ArrayList<>();
        for (String article : articleOrder) {
            clusters.addAll(EntityBlocks.clustersOf(byArticle.getOrDefault(article, List.of())));
        }
        Set<String> placeKeys = new HashSet<>();
        for (NameCluster c : clusters) {
            String key = EntityBlocks.placeKey(c);
            if (key != null) {
                placeKeys.add(key);
            }
        }
        clusters.replaceAll(c -> EntityBlocks.retyped(c, placeKeys));
        UnionFind uf = new UnionFind(clusters.size());
        for (List<Integer> block : blocks(clusters, c -> single(EntityBlocks.personBlock(c))).values()) {
            join(block, EntityBlocks.linkPeople(members(clusters, block)), uf);
        }
        for (List<Integer> block : blocks(clusters, EntityBlocks::otherBlocks).values()) {
            join(block, EntityBlocks.linkOthers(members(clusters, block)), uf);
        }
        long[] components = components(uf, clusters.size());
        for (List<Integer> group : blocks(clusters, c -> single(EntityBlocks.shortFormBlock(c))).values()) {
            join(group, EntityBlocks.linkShortForms(members(clusters, group), of(components, group)), uf);
        }
        containedOrganisations(clusters, uf);
        return entities(clusters, uf);
    }

    private static void containedOrganisations(List<NameCluster> clusters, UnionFind uf) {
        List<String> names = new ArrayList<>();
        clusters.forEach(c -> names.addAll(EntityBlocks.expansionNames(c)));
        Expansions expansions = new Expansions(names);
        List<Set<String>> words = new ArrayList<>();
        Map<String, List<Integer>> byWord = new LinkedHashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            Set<String> w = EntityBlocks.containedWords(clusters.get(i), expansions);
            words.add(w);
            if (w != null) {
                for (String x : w) {
                    byWord.computeIfAbsent(x, k -> new ArrayList<>()).add(i);
                }
            }
        }
        long[] components = components(uf, clusters.size());
        byWord.forEach((word, block) -> {
            List<Set<String>> held = new ArrayList<>();
            block.forEach(i -> held.add(words.get(i)));
            join(block, EntityBlocks.containedLinks(word, held, of(components, block)), uf);
        });
    }

    private static List<String> single(String key) {
        return key == null ? List.of() : List.of(key);
    }

    /** Cluster indexes by block key, each block in corpus order. */
    private static Map<String, List<Integer>> blocks(List<NameCluster> clusters,
                                                     Function<NameCluster, List<String>> keys) {
        Map<String, List<Integer>> blocks = new LinkedHashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String key : keys.apply(clusters.get(i))) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        return blocks;
    }

    private static List<NameCluster> members(List<NameCluster> clusters, List<Integer> block) {
        List<NameCluster> out = new ArrayList<>(block.size());
        block.forEach(i -> out.add(clusters.get(i)));
        return out;
    }

    private static void join(List<Integer> block, List<int[]> links, UnionFind uf) {
        for (int[] link : links) {
            uf.union(block.get(link[0]), block.get(link[1]));
        }
    }

    /** The components as they stand: a snapshot, so that a pass judges every block against the same one. */
    private static long[] components(UnionFind uf, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = uf.find(i);
        }
        return out;
    }

    private static long[] of(long[] components, List<Integer> block) {
        long[] out = new long[block.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = components[block.get(i)];
        }
        return out;
    }

    private static List<Entity> entities(List<NameCluster> clusters, UnionFind uf) {
        Map<Integer, List<NameCluster>> groups = new LinkedHashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            groups.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(clusters.get(i));
        }
        List<Entity> entities = new ArrayList<>();
        for (List<NameCluster> group : groups.values()) {
            entities.add(EntityBlocks.entityOf("e" + (entities.size() + 1), group));
        }
        return entities;
    }
}
