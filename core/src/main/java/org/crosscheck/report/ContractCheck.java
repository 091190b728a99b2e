package org.crosscheck.report;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.model.Article;
import org.crosscheck.model.CitedSentence;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Dossier;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Story;

/**
 * Checks a dossier against the {@code crosscheck/dossier@1} contract beyond its shape: ids unique,
 * references resolve, every offset lies inside its article's text, mention texts match their spans,
 * summary sentences are the source text at their offsets, verdicts and modes from the allowed sets, an
 * article's {@code retrieved} time an ISO-8601 instant.
 */
public final class ContractCheck {

    private static final Set<String> KINDS = Set.of("killed", "injured", "missing", "detained", "displaced", "forces",
            "territory", "munitions", "money", "other");
    private static final Set<String> VERDICTS = Set.of("agree", "differ", "compatible", "changed", "single",
            "disputed");
    private static final Set<String> RELATIONS = Set.of("duplicate", "wire", "rewrite", "translation", "quotes");

    private final Dossier dossier;
    private final Map<String, Article> articles;
    private final Map<String, Statement> statements;
    private final List<String> problems = new ArrayList<>();

    private ContractCheck(Dossier dossier) {
        this.dossier = dossier;
        this.articles = dossier.articles().stream().collect(Collectors.toMap(Article::id, a -> a, (a, b) -> a));
        this.statements = dossier.statements().stream().collect(Collectors.toMap(Statement::id, s -> s, (a, b) -> a));
    }

    /**
     * Checks a dossier.
     *
     * @param dossier the dossier
     * @return the problems found, one line each; empty when the dossier keeps the contract
     */
    public static List<String> problems(Dossier dossier) {
        ContractCheck check = new ContractCheck(dossier);
        check.run();
        return List.copyOf(check.problems);
    }

    private void run() {
        if (!Dossier.FORMAT.equals(dossier.format())) {
            problems.add("format is " + dossier.format());
        }
        List<String> ids = new ArrayList<>();
        dossier.articles().forEach(x -> ids.add(x.id()));
        dossier.entities().forEach(x -> ids.add(x.id()));
        dossier.statements().forEach(x -> ids.add(x.id()));
        dossier.figures().forEach(x -> ids.add(x.id()));
        dossier.events().forEach(x -> ids.add(x.id()));
        dossier.stories().forEach(x -> ids.add(x.id()));
        dossier.comparisons().forEach(x -> ids.add(x.id()));
        unique(ids);
        dossier.articles().forEach(this::retrieved);
        dossier.entities().forEach(this::entity);
        dossier.statements().forEach(this::statement);
        dossier.figures().forEach(this::figure);
        dossier.copies().forEach(this::copy);
        dossier.events().forEach(this::event);
        dossier.comparisons().forEach(this::comparison);
        Set<String> events = dossier.events().stream().map(Event::id).collect(Collectors.toSet());
        for (Story s : dossier.stories()) {
            s.events().stream().filter(e -> !events.contains(e)).forEach(e -> problems.add(s.id() + ": no event " + e));
        }
    }

    private void retrieved(Article a) {
        if (a.retrieved() == null) {
            return;
        }
        try {
            Instant.parse(a.retrieved());
        } catch (DateTimeParseException e) {
            problems.add(a.id() + ": retrieved '" + a.retrieved() + "' is not an ISO-8601 instant");
        }
    }

    private void unique(List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id == null || !seen.add(id)) {
                problems.add("id missing or repeated: " + id);
            }
        }
    }

    private void entity(Entity e) {
        for (Mention m : e.mentions()) {
            String span = span(e.id(), m.article(), m.start(), m.end());
            if (span != null && m.text() != null && !span.equals(m.text())) {
                problems.add(e.id() + ": mention text '" + m.text() + "' is '" + span + "' in " + m.article());
            }
        }
    }

    private void statement(Statement s) {
        span(s.id(), s.article(), s.start(), s.end());
        speaker(s.id(), s.speaker());
        if (!Statement.DIRECT.equals(s.mode()) && !Statement.REPORTED.equals(s.mode())) {
            problems.add(s.id() + ": mode " + s.mode());
        }
        s.parts().stream().filter(p -> p.start() < s.start() || p.end() > s.end() || p.start() > p.end())
                .forEach(p -> problems.add(s.id() + ": part " + p.start() + "-" + p.end() + " outside the statement"));
        Statement from = s.continues() == null ? null : statements.get(s.continues());
        if (s.continues() != null && (from == null || !from.article().equals(s.article()) || from.start() >= s.start())) {
            problems.add(s.id() + ": continues " + s.continues() + ", no earlier statement of its article");
        }
    }

    private void figure(Figure f) {
        span(f.id(), f.article(), f.start(), f.end());
        speaker(f.id(), f.claimant());
        if (!KINDS.contains(f.kind())) {
            problems.add(f.id() + ": kind " + f.kind());
        }
        if (f.statement() != null && dossier.statements().stream().noneMatch(s -> s.id().equals(f.statement()))) {
            problems.add(f.id() + ": no statement " + f.statement());
        }
    }

    private void copy(Copy c) {
        if (!articles.containsKey(c.article()) || !articles.containsKey(c.of()) || c.article().equals(c.of())) {
            problems.add("copy " + c.article() + " of " + c.of() + ": bad article reference");
        }
        if (!RELATIONS.contains(c.relation())) {
            problems.add("copy " + c.article() + ": relation " + c.relation());
        }
    }

    private void event(Event e) {
        e.articles().stream().filter(a -> !articles.containsKey(a)).forEach(a -> problems.add(e.id() + ": no article " + a));
        for (CitedSentence s : e.summary()) {
            String span = span(e.id(), s.article(), s.start(), s.end());
            if (span != null && !span.equals(s.text())) {
                problems.add(e.id() + ": summary text differs from its source span in " + s.article());
            }
        }
    }

    private void comparison(Comparison c) {
        if (!VERDICTS.contains(c.verdict())) {
            problems.add(c.id() + ": verdict " + c.verdict());
        }
        Set<String> figures = dossier.figures().stream().map(Figure::id).collect(Collectors.toSet());
        Set<String> statements = dossier.statements().stream().map(Statement::id).collect(Collectors.toSet());
        c.figures().stream().filter(f -> !figures.contains(f)).forEach(f -> problems.add(c.id() + ": no figure " + f));
        c.statements().stream().filter(s -> !statements.contains(s))
                .forEach(s -> problems.add(c.id() + ": no statement " + s));
    }

    private void speaker(String owner, Speaker speaker) {
        if (speaker != null && speaker.entity() != null
                && dossier.entities().stream().noneMatch(e -> e.id().equals(speaker.entity()))) {
            problems.add(owner + ": no entity " + speaker.entity());
        }
    }

    private String span(String owner, String articleId, int start, int end) {
        Article a = articles.get(articleId);
        if (a == null) {
            problems.add(owner + ": no article " + articleId);
            return null;
        }
        if (start < 0 || end > a.text().length() || start >= end) {
            problems.add(owner + ": offsets " + start + "-" + end + " outside " + articleId + " (length "
                    + a.text().length() + ")");
            return null;
        }
        return a.text().substring(start, end);
    }
}
