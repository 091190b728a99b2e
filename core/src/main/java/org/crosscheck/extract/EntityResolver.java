package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;

/**
 * Resolves names to entities. Inside an article: a surname or a title-less short form joins the latest
 * full name it matches; an acronym joins the long form it was defined for. Across articles: people
 * merge when both first name and surname are spellings of one another ({@link NameKey}); a bare
 * surname joins a full name only when exactly one person in the corpus has that surname, so two people
 * who share a surname are never merged. Organisations and places merge on equal keys, acronyms and
 * initials. Candidates are blocked by key prefix, so the work grows with the corpus, not its square.
 */
final class EntityResolver {

    private EntityResolver() {
    }

    static List<Entity> resolve(Map<String, List<FoundMention>> byArticle, List<String> articleOrder) {
        List<NameCluster> clusters = new ArrayList<>();
        for (String article : articleOrder) {
            clusters.addAll(inArticle(byArticle.getOrDefault(article, List.of())));
        }
        UnionFind uf = new UnionFind(clusters.size());
        retypeMistaggedPlaces(clusters);
        mergePeople(clusters, uf);
        mergeOthers(clusters, uf);
        attachShortForms(clusters, uf);
        attachContainedOrganisations(clusters, uf);
        return entities(clusters, uf);
    }

    private static List<NameCluster> inArticle(List<FoundMention> mentions) {
        List<NameCluster> clusters = new ArrayList<>();
        for (FoundMention m : mentions) {
            NameCluster target = m.type().equals("PERSON") ? personFor(clusters, m) : otherFor(clusters, m);
            if (target == null) {
                target = new NameCluster(m.type());
                clusters.add(target);
            }
            target.add(m);
        }
        return clusters;
    }

    private static NameCluster personFor(List<NameCluster> clusters, FoundMention m) {
        List<String> words = NameCluster.words(m.text());
        if (words.isEmpty()) {
            return null;
        }
        String last = words.get(words.size() - 1);
        for (int i = clusters.size() - 1; i >= 0; i--) {
            NameCluster c = clusters.get(i);
            if (!c.type.equals("PERSON") || c.surname() == null || !NameKey.sameName(c.surname(), last)) {
                continue;
            }
            String first = words.size() >= 2 ? words.get(0) : null;
            if (first == null || c.firstName() == null || NameKey.sameName(first, c.firstName())) {
                return c;
            }
        }
        return null;
    }

    private static NameCluster otherFor(List<NameCluster> clusters, FoundMention m) {
        for (NameCluster c : clusters) {
            if (c.type.equals("PERSON")) {
                continue;
            }
            boolean acronymMatch = m.longForm() != null && c.mentions.stream()
                    .anyMatch(x -> x.text().equals(m.longForm()));
            boolean sameAcronym = c.acronym != null && (c.acronym.equals(m.text()) || c.acronym.equals(
                    m.longForm() == null ? null : m.text()));
            if (acronymMatch || sameAcronym || c.placeOrOrgKey().equals(NameCluster.orgKey(m.text()))) {
                return c;
            }
        }
        return null;
    }

    private static void mergePeople(List<NameCluster> clusters, UnionFind uf) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            NameCluster c = clusters.get(i);
            if (c.type.equals("PERSON") && c.surname() != null) {
                blocks.computeIfAbsent(block(c.surname()), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    NameCluster a = clusters.get(block.get(x));
                    NameCluster b = clusters.get(block.get(y));
                    if (a.firstName() != null && b.firstName() != null && NameKey.sameName(a.surname(), b.surname())
                            && NameKey.sameName(a.firstName(), b.firstName())) {
                        uf.union(block.get(x), block.get(y));
                    }
                }
            }
            attachBareSurnames(clusters, block, uf);
        }
    }

    /** A surname-only cluster joins the one person of that surname, if there is exactly one. */
    private static void attachBareSurnames(List<NameCluster> clusters, List<Integer> block, UnionFind uf) {
        for (int i : block) {
            NameCluster bare = clusters.get(i);
            if (bare.firstName() != null) {
                continue;
            }
            Set<Integer> people = new LinkedHashSet<>();
            for (int j : block) {
                NameCluster full = clusters.get(j);
                if (full.firstName() != null && NameKey.sameName(full.surname(), bare.surname())) {
                    people.add(uf.find(j));
                }
            }
            if (people.size() == 1) {
                uf.union(i, people.iterator().next());
            }
        }
    }

    private static void mergeOthers(List<NameCluster> clusters, UnionFind uf) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            NameCluster c = clusters.get(i);
            if (!c.type.equals("PERSON")) {
                blocks.computeIfAbsent(c.type + block(c.placeOrOrgKey()), k -> new ArrayList<>()).add(i);
                if (c.acronym != null) {
                    blocks.computeIfAbsent("#" + c.acronym, k -> new ArrayList<>()).add(i);
                }
                String initials = NameCluster.initials(c.name());
                if (initials.length() >= 2) {
                    blocks.computeIfAbsent("#" + initials, k -> new ArrayList<>()).add(i);
                }
            }
        }
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    if (sameOrgOrPlace(clusters.get(block.get(x)), clusters.get(block.get(y)))) {
                        uf.union(block.get(x), block.get(y));
                    }
                }
            }
        }
    }

    private static boolean sameOrgOrPlace(NameCluster a, NameCluster b) {
        if (a.acronym != null && a.acronym.equals(b.acronym) || isInitialsOf(a.name(), b.name())
                || isInitialsOf(b.name(), a.name())) {
            return true;
        }
        if (a.acronym != null && a.acronym.equals(NameCluster.initials(b.name())) && b.name().contains(" ")
                || b.acronym != null && b.acronym.equals(NameCluster.initials(a.name())) && a.name().contains(" ")) {
            return true;
        }
        String ka = a.placeOrOrgKey();
        String kb = b.placeOrOrgKey();
        return !ka.isEmpty() && a.type.equals(b.type) && (ka.equals(kb) || sameWords(ka, kb));
    }

    /** "EU" and "European Union": an all-capitals name that is the other's initials. */
    private static boolean isInitialsOf(String acronym, String name) {
        return acronym.length() >= 2 && acronym.length() <= 6 && acronym.chars().allMatch(Character::isUpperCase)
                && name.contains(" ") && acronym.equals(NameCluster.initials(name));
    }

    /** Keys with as many words, each a spelling of the other's ("velmora foreign ministry", "velmoran …"). */
    private static boolean sameWords(String ka, String kb) {
        String[] wa = ka.split(" ");
        String[] wb = kb.split(" ");
        if (wa.length != wb.length) {
            return false;
        }
        for (int i = 0; i < wa.length; i++) {
            if (!wa[i].equals(wb[i]) && !(wa[i].length() >= 4 && NameKey.sameName(wa[i], wb[i]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * NER sometimes tags a one-word place as a person ("Kerrin said"); a one-word "person" whose name is a
     * spelling of a place named elsewhere in the corpus is taken as that place.
     */
    private static void retypeMistaggedPlaces(List<NameCluster> clusters) {
        Map<String, Boolean> placeKeys = new HashMap<>();
        for (NameCluster c : clusters) {
            if (c.type.equals("LOCATION") && !c.placeOrOrgKey().contains(" ")) {
                placeKeys.put(c.placeOrOrgKey(), true);
            }
        }
        for (int i = 0; i < clusters.size(); i++) {
            NameCluster c = clusters.get(i);
            if (c.type.equals("PERSON") && c.firstName() == null && c.surname() != null) {
                String key = NameKey.key(c.surname());
                if (placeKeys.keySet().stream().anyMatch(k -> k.equals(key) || NameKey.sameName(k, key))) {
                    NameCluster place = new NameCluster("LOCATION");
                    c.mentions.forEach(place::add);
                    clusters.set(i, place);
                }
            }
        }
    }

    /**
     * A short organisation name that ends a longer one ("Red Crescent", "Velmoran Society of the Red
     * Crescent") joins it, when exactly one longer name in the corpus ends that way.
     */
    private static void attachShortForms(List<NameCluster> clusters, UnionFind uf) {
        Map<String, List<Integer>> byLastWord = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            NameCluster c = clusters.get(i);
            if (c.type.equals("ORGANIZATION")) {
                String key = c.placeOrOrgKey();
                byLastWord.computeIfAbsent(key.substring(key.lastIndexOf(' ') + 1), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : byLastWord.values()) {
            for (int i : group) {
                String shortKey = clusters.get(i).placeOrOrgKey();
                if (!shortKey.contains(" ")) {
                    continue;
                }
                Set<Integer> longer = new LinkedHashSet<>();
                for (int j : group) {
                    String longKey = clusters.get(j).placeOrOrgKey();
                    if (longKey.length() > shortKey.length() && longKey.endsWith(" " + shortKey)) {
                        longer.add(uf.find(j));
                    }
                }
                if (longer.size() == 1) {
                    uf.union(i, longer.iterator().next());
                }
            }
        }
    }

    /**
     * An organisation whose content words (acronyms spelled out, see {@link Expansions}) are all among
     * those of exactly one longer organisation joins it: "UN Water Safety Office" and "office of the United
     * Nations High Commissioner for Water Safety". Three content words at least, so that a generic "Defence
     * Ministry" stays apart from two countries' defence ministries.
     */
    private static void attachContainedOrganisations(List<NameCluster> clusters, UnionFind uf) {
        List<Integer> orgs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            if (clusters.get(i).type.equals("ORGANIZATION")) {
                orgs.add(i);
                clusters.get(i).mentions.forEach(m -> names.add(m.text()));
                if (clusters.get(i).longForm != null) {
                    names.add(clusters.get(i).longForm);
                }
            }
        }
        Expansions expansions = new Expansions(names);
        Map<Integer, Set<String>> words = new HashMap<>();
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int i : orgs) {
            Set<String> w = expansions.words(clusters.get(i).name());
            words.put(i, w);
            w.forEach(x -> byWord.computeIfAbsent(x, k -> new ArrayList<>()).add(i));
        }
        for (int i : orgs) {
            Set<String> mine = words.get(i);
            if (mine.size() < 3) {
                continue;
            }
            Set<Integer> containers = new LinkedHashSet<>();
            for (int j : byWord.get(mine.iterator().next())) {
                if (j != i && words.get(j).size() > mine.size() && words.get(j).containsAll(mine)) {
                    containers.add(uf.find(j));
                }
            }
            if (containers.size() == 1) {
                uf.union(i, containers.iterator().next());
            } else if (containers.isEmpty()) {
                sameWordsAcrossSpelling(i, mine, words, byWord, uf);
            }
        }
    }

    /** Equal content-word sets ("UN Human Rights Office", "United Nations Human Rights Office") are one name. */
    private static void sameWordsAcrossSpelling(int i, Set<String> mine, Map<Integer, Set<String>> words,
                                                Map<String, List<Integer>> byWord, UnionFind uf) {
        for (int j : byWord.get(mine.iterator().next())) {
            if (j != i && words.get(j).equals(mine)) {
                uf.union(i, j);
            }
        }
    }

    private static String block(String name) {
        String k = NameKey.skeleton(NameKey.key(name));
        return k.substring(0, Math.min(2, k.length())).toLowerCase(Locale.ROOT);
    }

    private static List<Entity> entities(List<NameCluster> clusters, UnionFind uf) {
        Map<Integer, List<NameCluster>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            groups.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(clusters.get(i));
        }
        List<Entity> entities = new ArrayList<>();
        for (List<NameCluster> group : groups.values()) {
            entities.add(entity("e" + (entities.size() + 1), group));
        }
        return entities;
    }

    private static Entity entity(String id, List<NameCluster> group) {
        String name = null;
        Set<String> surfaces = new LinkedHashSet<>();
        List<Mention> mentions = new ArrayList<>();
        for (NameCluster c : group) {
            String n = c.name();
            if (name == null || NameCluster.words(n).size() > NameCluster.words(name).size()) {
                name = n;
            }
            for (FoundMention m : c.mentions) {
                surfaces.add(m.text());
                mentions.add(new org.crosscheck.model.Mention(m.article(), m.start(), m.end(), m.text()));
            }
            if (c.longForm != null) {
                surfaces.add(c.longForm);
            }
        }
        String canonical = name;
        surfaces.remove(canonical);
        return new Entity(id, group.get(0).type, canonical, List.copyOf(surfaces), mentions);
    }

    /** Disjoint sets over cluster indexes. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            parent[find(a)] = find(b);
        }
    }
}
