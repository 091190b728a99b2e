package org.crosscheck.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import org.crosscheck.pipeline.LanguageTags;
import org.crosscheck.pipeline.Progress;

/** Builds an {@link ArticleProfile} for every article of a corpus, embedding sentences in batches. */
final class Profiles {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?\\p{Lu})|\\n\\n+");
    /** A year as the profile's {@code years} hold it. */
    static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20[0-4]\\d)\\b");
    private static final int SHINGLE = 5;
    /** A capitalised word (the text's names are among them). */
    private static final Pattern OTHER_SCRIPT_NAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]+");
    private static final int NEUTRAL_KEYS = 300;
    private static final int EMBEDDED_SENTENCES = 20;
    private static final int CENTROID_SENTENCES = 6;

    private Profiles() {
    }

    /** Profiles every article with a model already loaded (see the other {@code of}). */
    static Map<String, ArticleProfile> of(Corpus corpus, Embedder embedder, Progress progress) {
        return of(corpus, () -> embedder, progress);
    }

    /**
     * Profiles every article, shown as the task "embedding" (its sentences are embedded), which starts before the
     * embedding model is loaded so that a long run shows what it waits for.
     */
    static Map<String, ArticleProfile> of(Corpus corpus, java.util.function.Supplier<Embedder> model,
                                          Progress progress) {
        return of(corpus, model, progress, null);
    }

    /**
     * Profiles every article as the other {@code of} does, keeping of each article's sentence vectors only those a
     * pair score reads on the heap ({@link ArticleGraph#LEDE_SENTENCES}) and the rest in a file.
     *
     * @param corpus   the corpus
     * @param model    supplies the embedder (called once)
     * @param progress shows the task "embedding"
     * @param spill    where the other vectors go, or null to keep them all on the heap
     * @return the profiles by article id, in article order
     */
    static Map<String, ArticleProfile> of(Corpus corpus, java.util.function.Supplier<Embedder> model,
                                          Progress progress, VectorFile spill) {
        Map<String, Set<String>> entities = entitiesByArticle(corpus.entities());
        Map<String, Set<String>> people = entitiesByArticle(corpus.entities().stream()
                .filter(e -> e.type().equals("PERSON")).toList());
        Map<String, ArticleProfile> out = new LinkedHashMap<>();
        progress.begin("embedding", corpus.articles().size());
        Embedder embedder = model.get();
        for (Article a : corpus.articles()) {
            ArticleProfile p = of(a, entities.getOrDefault(a.id(), Set.of()), people.getOrDefault(a.id(), Set.of()),
                    embedder);
            out.put(a.id(), spill == null ? p : new ArticleProfile(p.id(), p.outlet(), p.terms(), p.entities(),
                    p.people(), p.years(), p.day(), p.sentences(), spill.keep(p.embeddings(),
                    ArticleGraph.LEDE_SENTENCES), p.centroid(), p.language(), p.neutral()));
            progress.advance(1);
        }
        progress.end();
        return out;
    }

    /**
     * One article's profile.
     *
     * @param a        the article
     * @param entities ids of the entities it mentions
     * @param people   ids of the people among them
     * @param embedder embeds its leading sentences
     * @return the profile
     */
    static ArticleProfile of(Article a, Set<String> entities, Set<String> people, Embedder embedder) {
        List<String> sentences = sentences(a);
        List<float[]> vectors = new ArrayList<>(embedder.embed(embedded(sentences)));
        return new ArticleProfile(a.id(), a.outlet() == null ? "" : a.outlet().toLowerCase(Locale.ROOT),
                termCounts(a), entities, people, years(a.text()), day(a.published()),
                sentences, vectors, centroid(vectors), LanguageTags.primary(a.language()), neutral(a.text()));
    }

    /**
     * The content-word counts of an article's text: the terms TF-IDF weighs ({@link DocumentFrequencies#terms}). A
     * name written in another script than Latin counts also as its transliteration ("Варенко" as "varenko"), so that
     * articles in two scripts that name the same people and places are compared at all.
     */
    static Map<String, Integer> termCounts(Article a) {
        Map<String, Integer> counts = counts(Words.content(a.text()));
        java.util.regex.Matcher m = OTHER_SCRIPT_NAME.matcher(a.text());
        while (m.find()) {
            if (NeutralWords.otherScript(m.group())) {
                String latin = NeutralWords.latin(m.group());
                if (latin.length() > 1 && !Words.STOP.contains(latin)) {
                    counts.merge(Words.stem(latin), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** The first names and numbers of a text as language-neutral keys (enough to tell a translation). */
    private static List<String> neutral(String text) {
        List<String> keys = NeutralWords.of(text);
        return List.copyOf(keys.subList(0, Math.min(NEUTRAL_KEYS, keys.size())));
    }

    /** The leading sentences that are embedded. */
    static List<String> embedded(List<String> sentences) {
        return sentences.subList(0, Math.min(EMBEDDED_SENTENCES, sentences.size()));
    }

    static List<String> sentences(Article a) {
        List<String> out = new ArrayList<>();
        if (a.title() != null && !a.title().isBlank()) {
            out.add(a.title());
        }
        for (int[] span : spans(a.text())) {
            out.add(a.text().substring(span[0], span[1]));
        }
        return out;
    }

    /** Offsets [start, end) of the text's sentences longer than twenty characters, in order. */
    static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        java.util.regex.Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (start < text.length()) {
            int end = m.find() ? m.start() : text.length();
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e - s > 20) {
                out.add(new int[] {s, e});
            }
            start = end == text.length() ? end : m.end();
        }
        return out;
    }

    private static Map<String, Set<String>> entitiesByArticle(List<Entity> entities) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                out.computeIfAbsent(m.article(), k -> new HashSet<>()).add(e.id());
            }
        }
        return out;
    }

    private static Set<String> years(String text) {
        Set<String> out = new HashSet<>();
        java.util.regex.Matcher m = YEAR.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> out = new HashMap<>();
        words.forEach(w -> out.merge(w, 1, Integer::sum));
        return out;
    }

    static Set<Long> shingles(List<String> words) {
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + SHINGLE; j++) {
                h = 31 * h + words.get(j).hashCode();
            }
            out.add(h);
        }
        return out;
    }

    private static float[] centroid(List<float[]> vectors) {
        if (vectors.isEmpty()) {
            return new float[0];
        }
        int n = Math.min(CENTROID_SENTENCES, vectors.size());
        float[] sum = new float[vectors.get(0).length];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += vectors.get(i)[d];
            }
        }
        double norm = 0;
        for (float x : sum) {
            norm += x * x;
        }
        for (int d = 0; d < sum.length; d++) {
            sum[d] /= (float) Math.sqrt(norm);
        }
        return sum;
    }

    private static Long day(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10)).toEpochDay();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
