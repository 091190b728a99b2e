package org.crosscheck.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;

/**
 * Synthetic corpora for grouping's scale benchmarks (one machine and distributed alike): replica r of an article
 * has each word that comparison reads tagged with r (words, two-letter words and ordinals a letter tag, numbers
 * other than years a prefix), so replicas are new articles on new happenings with their own vocabulary, numbers
 * and entities (not copies of each other), as in a large archive of many topics; a benchmark that gives replicas
 * their base's sentence vectors turns them per replica ({@link #vectors}), so that they mean other things too.
 */
public final class Replicas {

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

    /**
     * Makes every word that comparison reads the replica's own (replica 0 is the text itself): a word gets the
     * replica's tag, a number other than a year a replica prefix, so that two replicas of one article share no
     * content word, number, two-letter word or ordinal. What a profile reads stays as it was: function words and
     * one-character words are left alone (comparison drops them), the years stay years ({@link Profiles#YEAR}), no
     * other number becomes one, and a word's stem ({@link Words#stem}) becomes the stem's tagged form, so that two
     * words of a replica share a term exactly when they did in the base.
     */
    static String tag(String text, int replica) {
        if (text == null || replica == 0) {
            return text;
        }
        String suffix = letters(replica).repeat(2);
        String prefix = "9" + replica + "0";
        Matcher m = Words.WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(word(m.group(), prefix, suffix)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * One word of a replica. A number gets a prefix that starts with 9 and is at least three digits long, so the
     * result has five digits or more and is never a year; one prefix a replica keeps distinct numbers distinct. A
     * word is written as its stem, the tag, and an "s" where the stem dropped an ending, then its possessive: the
     * tag holds no "s", so the tagged word's stem is the stem's tagged form.
     */
    private static String word(String w, String prefix, String suffix) {
        String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (lower.length() < 2 || Words.STOP.contains(lower)) {
            return w;
        }
        String stem = Words.stem(lower);
        if (stem.chars().allMatch(Character::isDigit)) {
            return Profiles.YEAR.matcher(stem).matches() ? w : prefix + w;
        }
        boolean possessive = lower.endsWith("'s");
        String rootLower = possessive ? lower.substring(0, lower.length() - 2) : lower;
        String root = w.length() != lower.length() ? rootLower : w.substring(0, rootLower.length());
        int same = 0;
        while (same < stem.length() && same < rootLower.length() && stem.charAt(same) == rootLower.charAt(same)) {
            same++;
        }
        return root.substring(0, same) + stem.substring(same) + suffix + (stem.equals(rootLower) ? "" : "s")
                + (possessive ? w.substring(w.length() - 2) : "");
    }

    /** The replica's number in letters without "s" (1 is "a", 25 "z", 26 "aa"), so a tag never ends a plural. */
    private static String letters(int replica) {
        String alphabet = "abcdefghijklmnopqrtuvwxyz";
        StringBuilder out = new StringBuilder();
        for (int n = replica; n > 0; n = (n - 1) / alphabet.length()) {
            out.insert(0, alphabet.charAt((n - 1) % alphabet.length()));
        }
        return out.toString();
    }
}
