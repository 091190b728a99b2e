package org.crosscheck.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;

/**
 * Synthetic corpora for grouping's scale benchmarks (one machine and distributed alike): replica r of an article
 * has each content word tagged with r, so replicas are new articles on new happenings with their own vocabulary
 * and entities (not copies of each other), as in a large archive of many topics; a benchmark that gives replicas
 * their base's sentence vectors turns them per replica ({@link #vectors}), so that they mean other things too.
 */
public final class Replicas {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private Replicas() {
    }

    /**
     * Replicates a corpus's articles and entities until there are {@code size} articles.
     *
     * @param base the corpus to replicate
     * @param size how many articles
     * @return the grown corpus, ids {@code a1…} in order, replica after replica
     */
    public static Corpus grow(Corpus base, int size) {
        List<Article> articles = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        int baseSize = base.articles().size();
        for (int r = 0; articles.size() < size; r++) {
            Map<String, String> ids = new HashMap<>();
            for (Article a : base.articles()) {
                if (articles.size() == size) {
                    break;
                }
                String id = "a" + (articles.size() + 1);
                ids.put(a.id(), id);
                articles.add(replica(a, r, id));
            }
            for (Entity e : base.entities()) {
                List<Mention> mentions = e.mentions().stream().filter(m -> ids.containsKey(m.article()))
                        .map(m -> new Mention(ids.get(m.article()), 0, 0, "")).toList();
                if (!mentions.isEmpty()) {
                    entities.add(new Entity(e.id() + "~" + r, e.type(), e.name(), List.of(), mentions));
                }
            }
            if (baseSize == 0) {
                break;
            }
        }
        return Corpus.of(articles, List.of()).withEntities(entities);
    }

    /**
     * Makes one replica of an article.
     *
     * @param a       the article
     * @param replica the replica's number (0 keeps the text as it is)
     * @param id      the replica's id
     * @return the replica: title and text tagged, source marked with the number
     */
    public static Article replica(Article a, int replica, String id) {
        return new Article(id, a.source() + "~" + replica, a.outlet(), a.url(), tag(a.title(), replica),
                a.published(), a.author(), a.language(), tag(a.text(), replica), List.of(), List.of(),
                a.dateline(), a.credits());
    }

    /**
     * Gives a replica its own sentence vectors, for a benchmark that embeds the base once: the base article's
     * vectors, each turned by one orthogonal map per replica (the signs of a set of dimensions drawn from the
     * replica's number flipped). A sign flip is exact in floating point, so the cosines within one replica are the
     * base's to the last bit, while a sentence and its replica in another replica are about as close as two
     * unrelated sentences: replicas are other happenings in meaning too, not restatements of one another that
     * share a lead.
     *
     * @param vectors the base article's sentence vectors
     * @param replica the replica's number (0 keeps the vectors as they are)
     * @return the replica's vectors, new arrays (the base's are not changed)
     */
    public static List<float[]> vectors(List<float[]> vectors, int replica) {
        if (replica == 0) {
            return vectors;
        }
        List<float[]> out = new ArrayList<>(vectors.size());
        for (float[] v : vectors) {
            java.util.SplittableRandom signs = new java.util.SplittableRandom(replica);
            float[] w = new float[v.length];
            for (int d = 0; d < v.length; d++) {
                w[d] = signs.nextBoolean() ? -v[d] : v[d];
            }
            out.add(w);
        }
        return out;
    }

    /** Tags every content word with the replica number (replica 0 is the text itself). */
    private static String tag(String text, int replica) {
        if (text == null || replica == 0) {
            return text;
        }
        String suffix = Integer.toString(replica + 9, 36).repeat(2);
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String w = m.group();
            m.appendReplacement(out, Words.STOP.contains(w.toLowerCase(Locale.ROOT)) || w.length() < 3 ? w : w + suffix);
        }
        m.appendTail(out);
        return out.toString();
    }
}
