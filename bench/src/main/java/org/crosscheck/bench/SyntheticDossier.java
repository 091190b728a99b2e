package org.crosscheck.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crosscheck.model.Article;
import org.crosscheck.model.CitedSentence;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Dossier;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Story;

/**
 * Makes benchmark dossiers from a real one: {@link #grouped} adds stand-in events, summaries, stories and
 * comparisons where the dossier has none (articles sharing three or more entities form an event), and
 * {@link #replicate} multiplies the articles with fresh ids and sources so a store of any size can be built.
 * For benchmarks and screenshots only: the real grouping is the pipeline's.
 */
public final class SyntheticDossier {

    private SyntheticDossier() {
    }

    /**
     * Fills in what the dossier lacks with stand-ins: events (when it has none), lead-sentence summaries
     * (for events without one), one story (when it has none) and per-kind figure comparisons (when it has none).
     *
     * @param d a dossier
     * @return the dossier with events, summaries, stories and comparisons
     */
    public static Dossier grouped(Dossier d) {
        Map<String, Article> byId = d.articles().stream().collect(Collectors.toMap(Article::id, a -> a));
        List<List<Article>> clusters = d.events().isEmpty() ? clusters(d) : d.events().stream()
                .map(e -> e.articles().stream().map(byId::get).filter(java.util.Objects::nonNull).toList()).toList();
        List<Event> events = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>(d.comparisons());
        for (int i = 0; i < clusters.size(); i++) {
            List<Article> cluster = clusters.get(i);
            Event given = d.events().isEmpty() ? null : d.events().get(i);
            String id = given != null ? given.id() : "ev" + (events.size() + 1);
            String title = given != null ? given.title() : cluster.get(0).title() == null ? id
                    : cluster.get(0).title();
            List<CitedSentence> summary = given != null && !given.summary().isEmpty() ? given.summary()
                    : leads(cluster);
            events.add(new Event(id, title, cluster.stream().map(Article::id).toList(), summary));
            if (d.comparisons().isEmpty()) {
                comparisons.addAll(compare(d, cluster, comparisons.size()));
            }
        }
        List<Story> stories = !d.stories().isEmpty() ? d.stories()
                : List.of(new Story("st1", "All events", events.stream().map(Event::id).toList()));
        return new Dossier(d.format(), d.created(), d.tool(), d.articles(), d.entities(), d.statements(),
                d.figures(), d.copies(), events, stories, comparisons, d.errors());
    }

    /** The first sentence of each article, without repeats, at most three. */
    private static List<CitedSentence> leads(List<Article> cluster) {
        List<CitedSentence> summary = new ArrayList<>();
        Set<String> said = new java.util.HashSet<>();
        for (Article a : cluster) {
            int end = firstSentenceEnd(a.text());
            if (summary.size() < 3 && said.add(a.text().substring(0, end))) {
                summary.add(new CitedSentence(a.text().substring(0, end), a.id(), 0, end));
            }
        }
        return summary;
    }

    private static int firstSentenceEnd(String text) {
        int dot = text.indexOf(". ");
        int line = text.indexOf('\n');
        int end = dot < 0 ? Math.min(text.length(), 200) : dot + 1;
        return line > 0 && line < end ? line : end;
    }

    private static List<List<Article>> clusters(Dossier d) {
        Map<String, Set<String>> entitiesOf = new HashMap<>();
        for (Entity e : d.entities()) {
            for (Mention m : e.mentions()) {
                entitiesOf.computeIfAbsent(m.article(), k -> new TreeSet<>()).add(e.id());
            }
        }
        Map<String, String> parent = new HashMap<>();
        d.articles().forEach(a -> parent.put(a.id(), a.id()));
        for (int i = 0; i < d.articles().size(); i++) {
            for (int j = i + 1; j < d.articles().size(); j++) {
                Set<String> a = entitiesOf.getOrDefault(d.articles().get(i).id(), Set.of());
                long shared = entitiesOf.getOrDefault(d.articles().get(j).id(), Set.of()).stream()
                        .filter(a::contains).count();
                if (shared >= 3) {
                    parent.put(root(parent, d.articles().get(i).id()), root(parent, d.articles().get(j).id()));
                }
            }
        }
        Map<String, List<Article>> groups = new LinkedHashMap<>();
        for (Article a : d.articles()) {
            groups.computeIfAbsent(root(parent, a.id()), k -> new ArrayList<>()).add(a);
        }
        return new ArrayList<>(groups.values());
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    private static List<Comparison> compare(Dossier d, List<Article> cluster, int numbered) {
        Set<String> ids = cluster.stream().map(Article::id).collect(Collectors.toSet());
        Map<String, List<Figure>> byKind = d.figures().stream().filter(f -> ids.contains(f.article()))
                .filter(f -> f.value() != null && !"other".equals(f.kind()))
                .collect(Collectors.groupingBy(Figure::kind, LinkedHashMap::new, Collectors.toList()));
        List<Comparison> out = new ArrayList<>();
        byKind.forEach((kind, figures) -> {
            long articles = figures.stream().map(Figure::article).distinct().count();
            if (articles >= 2) {
                long values = figures.stream().map(Figure::value).distinct().count();
                String verdict = values == 1 ? "agree" : "differ";
                String note = figures.stream().map(f -> String.valueOf(f.value().longValue())).distinct()
                        .collect(Collectors.joining(" vs "));
                out.add(new Comparison("c" + (numbered + out.size() + 1), kind, kind,
                        figures.stream().map(Figure::id).limit(8).toList(), List.of(), verdict, note));
            }
        });
        return out;
    }

    /**
     * Multiplies a dossier's articles (with their mentions, statements, figures and group records).
     *
     * @param d      the dossier
     * @param copies how many times (1 = unchanged)
     * @return the bigger dossier; copy {@code n} of article {@code a1} is {@code a1r<n>} with source
     *         {@code SOURCE#r<n>} and a text made different by a trailing marker (offsets stay valid)
     */
    public static Dossier replicate(Dossier d, int copies) {
        List<Article> articles = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        for (int n = 1; n <= copies; n++) {
            String r = "r" + n;
            for (Article a : d.articles()) {
                articles.add(new Article(a.id() + r, a.source() + "#" + r, a.outlet(), a.url(), a.title(),
                        a.published(), a.author(), a.language(), a.text() + "\n[" + r + "]", a.removed(),
                        a.warnings(), a.dateline(), a.credits()));
            }
            for (Entity e : d.entities()) {
                entities.add(new Entity(e.id() + r, e.type(), e.name(), e.aliases(), e.mentions().stream()
                        .map(m -> new Mention(m.article() + r, m.start(), m.end(), m.text())).toList()));
            }
            for (Statement s : d.statements()) {
                statements.add(new Statement(s.id() + r, s.article() + r, s.start(), s.end(), s.mode(),
                        s.speaker() == null ? null : new org.crosscheck.model.Speaker(
                                s.speaker().entity() == null ? null : s.speaker().entity() + r, s.speaker().text()),
                        s.cue(), s.content(), s.parts(), s.cueClass(), s.continues() == null ? null : s.continues() + r));
            }
            for (Figure f : d.figures()) {
                figures.add(new Figure(f.id() + r, f.article() + r, f.start(), f.end(), f.kind(), f.value(), f.low(),
                        f.high(), f.hedge(), f.unit(), f.counted(), f.place(), f.time(), f.claimant() == null ? null
                        : new org.crosscheck.model.Speaker(f.claimant().entity() == null ? null
                                : f.claimant().entity() + r, f.claimant().text()),
                        f.statement() == null ? null : f.statement() + r));
            }
            for (Event e : d.events()) {
                events.add(new Event(e.id() + r, e.title(), e.articles().stream().map(x -> x + r).toList(),
                        e.summary().stream().map(s -> new CitedSentence(s.text(), s.article() + r, s.start(),
                                s.end())).toList()));
            }
            for (Story s : d.stories()) {
                stories.add(new Story(s.id() + r, s.title() + " (" + r + ")",
                        s.events().stream().map(x -> x + r).toList()));
            }
            for (Comparison c : d.comparisons()) {
                comparisons.add(new Comparison(c.id() + r, c.topic(), c.kind(),
                        c.figures().stream().map(x -> x + r).toList(), c.statements().stream().map(x -> x + r)
                        .toList(), c.verdict(), c.note()));
            }
        }
        return new Dossier(d.format(), d.created(), d.tool(), articles, entities, statements, figures, List.of(),
                events, stories, comparisons, d.errors());
    }
}
