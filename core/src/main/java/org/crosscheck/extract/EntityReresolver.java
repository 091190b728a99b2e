package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Scope;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.Statement;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Part;
import org.crosscheck.pipeline.Progress;

/**
 * Resolves entities again over a corpus whose entities were resolved in parts, e.g. articles of several
 * runs read back from a store: every mention is fed to {@link EntityResolver} again, so that spelling
 * variants and bare surnames merge across runs as they would have in one run. Speakers and claimants
 * follow their mentions to the new entities. Needs no annotation: the names found in each article are
 * the stored mentions (an acronym's long form is recovered from the "Long Form (ACR)" it was defined by).
 */
public final class EntityReresolver implements CorpusStage {

    @Override
    public String name() {
        return "entities across runs";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.ENTITIES);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.ENTITIES);
    }

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        Map<String, List<FoundMention>> found = found(corpus.entities());
        List<String> order = corpus.articles().stream().map(Article::id).toList();
        List<Entity> entities = EntityResolver.resolve(found, order);
        Map<String, String> newByMention = new HashMap<>();
        for (Entity e : entities) {
            e.mentions().forEach(m -> newByMention.put(key(m), e.id()));
        }
        SpeakerMap speakers = new SpeakerMap(corpus.entities(), newByMention);
        List<Statement> statements = corpus.statements().stream().map(s -> s.withSpeaker(speakers.follow(s.speaker(), s.article())))
                .toList();
        List<Figure> figures = corpus.figures().stream()
                .map(f -> followPlace(f.withClaimant(speakers.follow(f.claimant(), f.article())), speakers)).toList();
        return corpus.withEntities(entities).withStatements(statements).withFigures(figures);
    }

    /** The mentions of every article as found mentions, in text order. */
    private static Map<String, List<FoundMention>> found(List<Entity> entities) {
        Map<String, List<FoundMention>> out = new LinkedHashMap<>();
        for (Entity e : entities) {
            Map<String, List<Mention>> byArticle = new LinkedHashMap<>();
            e.mentions().forEach(m -> byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m));
            byArticle.forEach((article, mentions) -> {
                Map<String, String> longForms = longForms(mentions);
                for (Mention m : mentions) {
                    out.computeIfAbsent(article, k -> new ArrayList<>()).add(new FoundMention(article, e.type(),
                            m.start(), m.end(), m.text(), longForms.get(m.text())));
                }
            });
        }
        out.values().forEach(l -> l.sort(Comparator.comparingInt(FoundMention::start)
                .thenComparingInt(FoundMention::end)));
        return out;
    }

    /** Acronyms defined right after their long form ("Relief Coordination Office (RCO)") in one entity. */
    private static Map<String, String> longForms(List<Mention> mentions) {
        Map<String, String> out = new HashMap<>();
        for (Mention acronym : mentions) {
            for (Mention longForm : mentions) {
                int gap = acronym.start() - longForm.end();
                if (longForm != acronym && gap >= 1 && gap <= 2 && longForm.text().contains(" ")
                        && !acronym.text().contains(" ")) {
                    out.putIfAbsent(acronym.text(), longForm.text());
                }
            }
        }
        return out;
    }

    /** The figure with its place's entity of the new resolution. */
    private static Figure followPlace(Figure f, SpeakerMap speakers) {
        Scope s = f.scope();
        if (s == null || s.entity() == null) {
            return f;
        }
        String entity = speakers.follow(new Speaker(s.entity(), s.place()), f.article()).entity();
        return f.withFrame(f.measure(), new Scope(s.place(), entity, s.time(), s.date(), s.cumulative()), f.aliasOf());
    }

    private static String key(Mention m) {
        return m.article() + "@" + m.start() + ":" + m.end();
    }

    /** Where an old entity's mentions went, by article. */
    private static final class SpeakerMap {

        private final Map<String, Map<String, String>> byEntityAndArticle = new HashMap<>();
        private final Map<String, String> anyArticle = new HashMap<>();

        SpeakerMap(List<Entity> old, Map<String, String> newByMention) {
            for (Entity e : old) {
                for (Mention m : e.mentions()) {
                    String now = newByMention.get(key(m));
                    if (now != null) {
                        byEntityAndArticle.computeIfAbsent(e.id(), k -> new HashMap<>()).putIfAbsent(m.article(), now);
                        anyArticle.putIfAbsent(e.id(), now);
                    }
                }
            }
        }

        Speaker follow(Speaker speaker, String article) {
            if (speaker == null || speaker.entity() == null) {
                return speaker;
            }
            String now = byEntityAndArticle.getOrDefault(speaker.entity(), Map.of()).get(article);
            return new Speaker(now != null ? now : anyArticle.get(speaker.entity()), speaker.text());
        }
    }
}
