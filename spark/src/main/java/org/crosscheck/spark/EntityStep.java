package org.crosscheck.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.crosscheck.extract.EntityBlocks;
import org.crosscheck.extract.Expansions;
import org.crosscheck.extract.NameSet;
import org.crosscheck.model.Entity;
import scala.Tuple2;

/**
 * Entity resolution across articles, distributed by core's own blocks ({@link EntityBlocks}), so that it gives
 * what core's {@code EntityStage.resolve} gives on one machine, ids included:
 * <ol>
 *   <li>each article's names to name sets, next to the article; a set's id is its article's number and its
 *   place in the article, which is core's order;</li>
 *   <li>the one-word place keys of the corpus (a small set, the only thing besides the expansions below that
 *   reaches the driver) are broadcast, and one-word "people" that spell them become places;</li>
 *   <li>a shuffle by the person and organisation/place block keys; each block gives core's links; connected
 *   components ({@link Components}) join the links of all blocks, since a name may fall in several;</li>
 *   <li>a shuffle of the organisations by their short-form block, judged against those components; the
 *   components again;</li>
 *   <li>the acronym expansions of the corpus, by a distributed count of the runs each name teaches (only the
 *   acronyms some name holds are broadcast); a shuffle of the organisations by each content word, judged
 *   against the components so far; the components again;</li>
 *   <li>a shuffle by component: each one's sets in corpus order to an entity, the entities sorted by their
 *   first set and numbered {@code e1, e2, …}.</li>
 * </ol>
 * No task holds more than one block's sets; the largest block is the sets of one surname prefix or of one
 * content word.
 */
public final class EntityStep implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Bits of a set's id that hold its place in the article: no article has 2^24 names. */
    private static final int IN_ARTICLE = 24;
    private static final StorageLevel KEPT = StorageLevel.MEMORY_AND_DISK();
    private final int parts;

    /**
     * Makes the step.
     *
     * @param parts how many partitions its shuffles use
     */
    public EntityStep(int parts) {
        this.parts = parts;
    }

    /**
     * Resolves the names of every article. The result is computed and kept before this returns; the caller
     * unpersists it.
     *
     * @param names the names of each article; an article's id is {@code a} and its number in corpus order
     * @return the entities, numbered as core numbers them
     */
    public JavaRDD<Entity> resolve(JavaRDD<FoundNames> names) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(names.context());
        List<JavaPairRDD<?, ?>> cached = new ArrayList<>();
        try {
            JavaPairRDD<Long, NameSet> found = names.flatMapToPair(EntityStep::sets);
            Set<String> placeKeys = new HashSet<>(found.values().map(s -> EntityBlocks.placeKey(s))
                    .filter(Objects::nonNull).distinct(parts).collect());
            Broadcast<Set<String>> places = jsc.broadcast(placeKeys);
            JavaPairRDD<Long, NameSet> sets = keep(cached, found.mapValues(s -> EntityBlocks.retyped(s,
                    places.value())));
            JavaPairRDD<Long, Long> links = keep(cached, sets.flatMapToPair(EntityStep::firstBlocks)
                    .groupByKey(parts).flatMapToPair(EntityStep::firstLinks));
            JavaPairRDD<Long, NameSet> orgs = keep(cached,
                    sets.filter(t -> EntityBlocks.shortFormBlock(t._2()) != null));
            JavaPairRDD<Long, Long> shortLinks = members(orgs, keep(cached, Components.of(links, parts)))
                    .mapToPair(m -> new Tuple2<>(EntityBlocks.shortFormBlock(m.set()), m))
                    .groupByKey(parts).flatMapToPair(EntityStep::shortFormLinks);
            links = keep(cached, links.union(shortLinks));
            Broadcast<Map<String, List<String>>> expansions = jsc.broadcast(expansions(orgs));
            JavaPairRDD<Long, Long> containedLinks = members(orgs, keep(cached, Components.of(links, parts)))
                    .mapPartitionsToPair(in -> byWord(in, Expansions.of(expansions.value())))
                    .groupByKey(parts).flatMapToPair(EntityStep::containedLinks);
            JavaPairRDD<Long, Long> components = keep(cached, Components.of(links.union(containedLinks), parts));
            JavaRDD<Entity> entities = sets.leftOuterJoin(components)
                    .mapToPair(t -> new Tuple2<>(t._2()._2().orElse(t._1()), new Tuple2<>(t._1(), t._2()._1())))
                    .groupByKey(parts).mapValues(EntityStep::inOrder).sortByKey(true, parts).zipWithIndex()
                    .map(t -> EntityBlocks.entity("e" + (t._2() + 1), t._1()._2())).persist(KEPT);
            entities.count();
            return entities;
        } finally {
            cached.forEach(r -> r.unpersist(false));
        }
    }

    private static <K, V> JavaPairRDD<K, V> keep(List<JavaPairRDD<?, ?>> cached, JavaPairRDD<K, V> rdd) {
        JavaPairRDD<K, V> kept = rdd.persist(KEPT);
        cached.add(kept);
        return kept;
    }

    /** One article's name sets with their ids. */
    private static Iterator<Tuple2<Long, NameSet>> sets(FoundNames n) {
        long article = EntityIds.number(n.article());
        List<NameSet> sets = EntityBlocks.inArticle(n.found());
        if (sets.size() >= 1 << IN_ARTICLE) {
            throw new IllegalStateException("article " + n.article() + " has too many names: " + sets.size());
        }
        List<Tuple2<Long, NameSet>> out = new ArrayList<>(sets.size());
        for (int i = 0; i < sets.size(); i++) {
            out.add(new Tuple2<>(article << IN_ARTICLE | i, sets.get(i)));
        }
        return out.iterator();
    }

    /** A set under its person block or its organisation and place blocks (prefixed apart). */
    private static Iterator<Tuple2<String, Tuple2<Long, NameSet>>> firstBlocks(Tuple2<Long, NameSet> t) {
        List<Tuple2<String, Tuple2<Long, NameSet>>> out = new ArrayList<>(3);
        String person = EntityBlocks.personBlock(t._2());
        if (person != null) {
            out.add(new Tuple2<>("P" + person, t));
        }
        EntityBlocks.otherBlocks(t._2()).forEach(k -> out.add(new Tuple2<>("O" + k, t)));
        return out.iterator();
    }

    private static Iterator<Tuple2<Long, Long>> firstLinks(Tuple2<String, Iterable<Tuple2<Long, NameSet>>> block) {
        List<Tuple2<Long, NameSet>> members = new ArrayList<>();
        block._2().forEach(members::add);
        members.sort(Comparator.comparing(Tuple2::_1));
        List<NameSet> sets = members.stream().map(Tuple2::_2).toList();
        List<int[]> links = block._1().startsWith("P") ? EntityBlocks.personLinks(sets)
                : EntityBlocks.otherLinks(sets);
        return ids(links, members.stream().map(Tuple2::_1).toList());
    }

    private static Iterator<Tuple2<Long, Long>> shortFormLinks(Tuple2<String, Iterable<BlockMember>> group) {
        List<BlockMember> members = sorted(group._2());
        return ids(EntityBlocks.shortFormLinks(members.stream().map(BlockMember::set).toList(),
                components(members)), members.stream().map(BlockMember::id).toList());
    }

    private static Iterator<Tuple2<Long, Long>> containedLinks(Tuple2<String, Iterable<BlockMember>> group) {
        List<BlockMember> members = sorted(group._2());
        return ids(EntityBlocks.containedLinks(group._1(), members.stream().map(BlockMember::words).toList(),
                components(members)), members.stream().map(BlockMember::id).toList());
    }

    /** An organisation under each of its content words, the words with it. */
    private static Iterator<Tuple2<String, BlockMember>> byWord(Iterator<BlockMember> in, Expansions expansions) {
        List<Tuple2<String, BlockMember>> out = new ArrayList<>();
        in.forEachRemaining(m -> {
            Set<String> words = EntityBlocks.containedWords(m.set(), expansions);
            BlockMember withWords = new BlockMember(m.id(), m.set(), m.component(), words);
            words.forEach(w -> out.add(new Tuple2<>(w, withWords)));
        });
        return out.iterator();
    }

    /** The sets with the component each is in (its own id when it is on no link). */
    private static JavaRDD<BlockMember> members(JavaPairRDD<Long, NameSet> sets, JavaPairRDD<Long, Long> components) {
        return sets.leftOuterJoin(components)
                .map(t -> new BlockMember(t._1(), t._2()._1(), t._2()._2().orElse(t._1()), null));
    }

    /**
     * The acronym expansions core would learn from every organisation name: the runs of capitalised words
     * each name teaches, counted by acronym, kept when an acronym has one; only the acronyms some
     * organisation's name holds are kept, so what reaches the driver is a word list, not the corpus.
     */
    private Map<String, List<String>> expansions(JavaPairRDD<Long, NameSet> orgs) {
        JavaPairRDD<String, List<String>> unambiguous = orgs.values()
                .flatMap(s -> EntityBlocks.expansionNames(s).iterator()).distinct(parts)
                .flatMapToPair(name -> Expansions.learned(name).stream()
                        .map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator())
                .distinct(parts).groupByKey(parts)
                .flatMapToPair(t -> {
                    Iterator<List<String>> runs = t._2().iterator();
                    List<String> run = runs.next();
                    return runs.hasNext() ? java.util.Collections.emptyIterator()
                            : List.of(new Tuple2<>(t._1(), run)).iterator();
                });
        JavaPairRDD<String, Boolean> used = orgs.values()
                .flatMap(s -> EntityBlocks.containedAcronyms(s).iterator()).distinct(parts)
                .mapToPair(a -> new Tuple2<>(a, Boolean.TRUE));
        return new HashMap<>(unambiguous.join(used).mapValues(Tuple2::_1).collectAsMap());
    }

    private static List<BlockMember> sorted(Iterable<BlockMember> group) {
        List<BlockMember> members = new ArrayList<>();
        group.forEach(members::add);
        members.sort(Comparator.comparingLong(BlockMember::id));
        return members;
    }

    private static long[] components(List<BlockMember> members) {
        return members.stream().mapToLong(BlockMember::component).toArray();
    }

    private static List<NameSet> inOrder(Iterable<Tuple2<Long, NameSet>> group) {
        List<Tuple2<Long, NameSet>> members = new ArrayList<>();
        group.forEach(members::add);
        members.sort(Comparator.comparing(Tuple2::_1));
        return members.stream().map(Tuple2::_2).toList();
    }

    private static Iterator<Tuple2<Long, Long>> ids(List<int[]> links, List<Long> ids) {
        List<Tuple2<Long, Long>> out = new ArrayList<>(links.size());
        links.forEach(l -> out.add(new Tuple2<>(ids.get(l[0]), ids.get(l[1]))));
        return out.iterator();
    }
}
