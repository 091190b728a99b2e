package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;

/**
 * The passes of entity resolution ({@link EntityResolver}), each over one block of candidates, so that a
 * single machine and a distributed run resolve by the same algorithm: the single machine runs every block in
 * one loop, a distributed run shuffles name sets by the block keys given here and joins the links of all
 * blocks by connected components. The passes, in order:
 * <ol>
 *   <li>{@link #inArticle}: one article's names to name sets;</li>
 *   <li>{@link #placeKey}, {@link #retyped}: a one-word "person" that spells a one-word place of the corpus
 *   becomes that place (the place keys of the whole corpus are few: a set, not a block);</li>
 *   <li>{@link #personBlock}, {@link #personLinks}: people by surname prefix; a person falls in one block, so
 *   the block decides its people alone;</li>
 *   <li>{@link #otherBlocks}, {@link #otherLinks}: organisations and places by key prefix, acronym and
 *   initials; a name may fall in several blocks, and the links of all blocks are joined;</li>
 *   <li>{@link #shortFormBlock}, {@link #shortFormLinks}: a short organisation name joins the one longer name
 *   it ends, judged against the components the passes before gave;</li>
 *   <li>{@link #containedWords}, {@link #containedLinks}: an organisation whose content words are among
 *   those of one longer organisation joins it, judged against the components the passes before gave;</li>
 *   <li>{@link #entity}: one component of name sets, in corpus order, to an entity.</li>
 * </ol>
 * A pass that asks for components is given them as they stood after the passes before (a snapshot), so
 * its links do not depend on the order its blocks run in.
 */
public final class EntityBlocks {

    private EntityBlocks() {
    }

    /**
     * Groups one article's names: a surname or a title-less short form joins the latest full name it matches;
     * an acronym joins the long form it was defined for; other names join an earlier one of equal key.
     *
     * @param mentions the article's names in text order
     * @return its name sets, in the order they start
     */
    public static List<NameSet> inArticle(List<FoundMention> mentions) {
        return clustersOf(mentions).stream().map(NameSet::of).toList();
    }

    static List<NameCluster> clustersOf(List<FoundMention> mentions) {
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

    /**
     * Returns the key a place gives to the retyping pass.
     *
     * @param set a name set
     * @return the key of a one-word place, or null for anything else
     */
    public static String placeKey(NameSet set) {
        return placeKey(set.cluster());
    }

    static String placeKey(NameCluster c) {
        return c.type.equals("LOCATION") && !c.placeOrOrgKey().contains(" ") ? c.placeOrOrgKey() : null;
    }

    /**
     * NER sometimes tags a one-word place as a person ("Kerrin said"): a one-word "person" whose name is a
     * spelling of a place named elsewhere in the corpus is taken as that place.
     *
     * @param set       a name set
     * @param placeKeys the {@link #placeKey}s of the whole corpus
     * @return the set as a place, or the set itself
     */
    public static NameSet retyped(NameSet set, Collection<String> placeKeys) {
        NameCluster c = set.cluster();
        NameCluster r = retyped(c, placeKeys);
        return r == c ? set : NameSet.of(r);
    }

    static NameCluster retyped(NameCluster c, Collection<String> placeKeys) {
        if (c.type.equals("PERSON") && c.firstName() == null && c.surname() != null) {
            String key = NameKey.key(c.surname());
            if (placeKeys.stream().anyMatch(k -> k.equals(key) || NameKey.sameName(k, key))) {
                NameCluster place = new NameCluster("LOCATION");
                c.mentions.forEach(place::add);
                return place;
            }
        }
        return c;
    }

    /**
     * Returns a person's block: the first two consonants of the surname's key.
     *
     * @param set a name set
     * @return the block key, or null for a set that is no person or has no surname
     */
    public static String personBlock(NameSet set) {
        return personBlock(set.cluster());
    }

    static String personBlock(NameCluster c) {
        return c.type.equals("PERSON") && c.surname() != null ? block(c.surname()) : null;
    }

    /**
     * Links the people of one block: two full names whose first name and surname are spellings of one
     * another; then a bare surname to the one person of that surname, if there is exactly one.
     *
     * @param block the people of one {@link #personBlock}, in corpus order
     * @return links as pairs of positions in the block
     */
    public static List<int[]> personLinks(List<NameSet> block) {
        return linkPeople(clusters(block));
    }

    static List<int[]> linkPeople(List<NameCluster> block) {
        List<int[]> links = new ArrayList<>();
        // local disjoint sets suffice: a person falls in one block only, so no other block joins its people
        UnionFind uf = new UnionFind(block.size());
        for (int x = 0; x < block.size(); x++) {
            for (int y = x + 1; y < block.size(); y++) {
                NameCluster a = block.get(x);
                NameCluster b = block.get(y);
                if (a.firstName() != null && b.firstName() != null && NameKey.sameName(a.surname(), b.surname())
                        && NameKey.sameName(a.firstName(), b.firstName())) {
                    uf.union(x, y);
                    links.add(new int[] {x, y});
                }
            }
        }
        for (int i = 0; i < block.size(); i++) {
            NameCluster bare = block.get(i);
            if (bare.firstName() != null) {
                continue;
            }
            Set<Integer> people = new LinkedHashSet<>();
            for (int j = 0; j < block.size(); j++) {
                NameCluster full = block.get(j);
                if (full.firstName() != null && NameKey.sameName(full.surname(), bare.surname())) {
                    people.add(uf.find(j));
                }
            }
            if (people.size() == 1) {
                int person = people.iterator().next();
                uf.union(i, person);
                links.add(new int[] {i, person});
            }
        }
        return links;
    }

    /**
     * Returns the blocks of an organisation or place: type and key prefix; its acronym; its initials.
     *
     * @param set a name set
     * @return the block keys (none for a person)
     */
    public static List<String> otherBlocks(NameSet set) {
        return otherBlocks(set.cluster());
    }

    static List<String> otherBlocks(NameCluster c) {
        if (c.type.equals("PERSON")) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(3);
        keys.add(c.type + block(c.placeOrOrgKey()));
        if (c.acronym != null) {
            keys.add("#" + c.acronym);
        }
        String initials = NameCluster.initials(c.name());
        if (initials.length() >= 2) {
            keys.add("#" + initials);
        }
        return keys;
    }

    /**
     * Links the organisations and places of one block that name one referent: equal acronyms, an acronym
     * that is the other's initials, equal keys or keys whose words are spellings of one another.
     *
     * @param block the sets of one {@link #otherBlocks} key, in corpus order
     * @return links as pairs of positions in the block
     */
    public static List<int[]> otherLinks(List<NameSet> block) {
        return linkOthers(clusters(block));
    }

    static List<int[]> linkOthers(List<NameCluster> block) {
        List<int[]> links = new ArrayList<>();
        for (int x = 0; x < block.size(); x++) {
            for (int y = x + 1; y < block.size(); y++) {
                if (sameOrgOrPlace(block.get(x), block.get(y))) {
                    links.add(new int[] {x, y});
                }
            }
        }
        return links;
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
     * Returns an organisation's block for the short-form pass: the last word of its key (a short form ends
     * the longer name it is, so both share it).
     *
     * @param set a name set
     * @return the block key, or null for a set that is no organisation
     */
    public static String shortFormBlock(NameSet set) {
        return shortFormBlock(set.cluster());
    }

    static String shortFormBlock(NameCluster c) {
        if (!c.type.equals("ORGANIZATION")) {
            return null;
        }
        String key = c.placeOrOrgKey();
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /**
     * Links a short organisation name that ends a longer one ("Red Crescent", "Velmoran Society of the Red
     * Crescent") to it, when the longer names that end that way are all of one component.
     *
     * @param group      the organisations of one {@link #shortFormBlock}, in corpus order
     * @param components each one's component after the person and other passes (equal for one component)
     * @return links as pairs of positions in the group
     */
    public static List<int[]> shortFormLinks(List<NameSet> group, long[] components) {
        return linkShortForms(clusters(group), components);
    }

    static List<int[]> linkShortForms(List<NameCluster> group, long[] components) {
        List<int[]> links = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            String shortKey = group.get(i).placeOrOrgKey();
            if (!shortKey.contains(" ")) {
                continue;
            }
            Set<Long> longer = new LinkedHashSet<>();
            int one = -1;
            for (int j = 0; j < group.size(); j++) {
                String longKey = group.get(j).placeOrOrgKey();
                if (longKey.length() > shortKey.length() && longKey.endsWith(" " + shortKey)) {
                    longer.add(components[j]);
                    one = j;
                }
            }
            if (longer.size() == 1) {
                links.add(new int[] {i, one});
            }
        }
        return links;
    }

    /**
     * Returns the names an organisation teaches the acronym expansions ({@link Expansions}): its names as
     * written and the long form of its acronym.
     *
     * @param set a name set
     * @return the names, none for a set that is no organisation
     */
    public static List<String> expansionNames(NameSet set) {
        return expansionNames(set.cluster());
    }

    static List<String> expansionNames(NameCluster c) {
        if (!c.type.equals("ORGANIZATION")) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        c.mentions.forEach(m -> names.add(m.text()));
        if (c.longForm != null) {
            names.add(c.longForm);
        }
        return names;
    }

    /**
     * Returns the acronyms in an organisation's name that {@link #containedWords} would spell out: the only
     * {@link Expansions} a distributed run needs to send to every block.
     *
     * @param set a name set
     * @return the acronym words of its name, none for a set that is no organisation
     */
    public static Set<String> containedAcronyms(NameSet set) {
        NameCluster c = set.cluster();
        return c.type.equals("ORGANIZATION") ? Expansions.acronyms(c.name()) : Set.of();
    }

    /**
     * Returns an organisation's content words for the contained-name pass (acronyms spelled out). The pass's
     * blocks are these words: a set joins only sets that hold its first word.
     *
     * @param set        a name set
     * @param expansions the acronym expansions learned from the {@link #expansionNames} of the whole corpus
     * @return the content words in name order, or null for a set that is no organisation
     */
    public static Set<String> containedWords(NameSet set, Expansions expansions) {
        return containedWords(set.cluster(), expansions);
    }

    static Set<String> containedWords(NameCluster c, Expansions expansions) {
        return c.type.equals("ORGANIZATION") ? expansions.words(c.name()) : null;
    }

    /**
     * Links an organisation whose content words are all among those of longer organisations of one component
     * to them: "UN Water Safety Office" and "office of the United Nations High Commissioner for Water Safety".
     * Three content words at least, so that a generic "Defence Ministry" stays apart from two countries'
     * defence ministries. When no longer one holds them, equal word sets ("UN Human Rights Office", "United
     * Nations Human Rights Office") are linked.
     *
     * @param word       the block: a content word; only sets whose first word it is are judged here
     * @param words      the {@link #containedWords} of every organisation holding the word, in corpus order
     * @param components each one's component after the short-form pass (equal for one component)
     * @return links as pairs of positions in the block
     */
    public static List<int[]> containedLinks(String word, List<Set<String>> words, long[] components) {
        List<int[]> links = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Set<String> mine = words.get(i);
            if (mine.size() < 3 || !mine.iterator().next().equals(word)) {
                continue;
            }
            Set<Long> containers = new LinkedHashSet<>();
            int one = -1;
            for (int j = 0; j < words.size(); j++) {
                if (j != i && words.get(j).size() > mine.size() && words.get(j).containsAll(mine)) {
                    containers.add(components[j]);
                    one = j;
                }
            }
            if (containers.size() == 1) {
                links.add(new int[] {i, one});
            } else if (containers.isEmpty()) {
                for (int j = 0; j < words.size(); j++) {
                    if (j != i && words.get(j).equals(mine)) {
                        links.add(new int[] {i, j});
                    }
                }
            }
        }
        return links;
    }

    /**
     * Makes the entity of one component: the type of its first set, the fullest name as its name, every other
     * form as an alias, the mentions in order.
     *
     * @param id    the entity's id
     * @param group the component's sets, in corpus order
     * @return the entity
     */
    public static Entity entity(String id, List<NameSet> group) {
        return entityOf(id, clusters(group));
    }

    static Entity entityOf(String id, List<NameCluster> group) {
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
                mentions.add(new Mention(m.article(), m.start(), m.end(), m.text()));
            }
            if (c.longForm != null) {
                surfaces.add(c.longForm);
            }
        }
        String canonical = name;
        surfaces.remove(canonical);
        return new Entity(id, group.get(0).type, canonical, List.copyOf(surfaces), mentions);
    }

    private static String block(String name) {
        String k = NameKey.skeleton(NameKey.key(name));
        return k.substring(0, Math.min(2, k.length())).toLowerCase(Locale.ROOT);
    }

    private static List<NameCluster> clusters(List<NameSet> sets) {
        return sets.stream().map(NameSet::cluster).toList();
    }
}
