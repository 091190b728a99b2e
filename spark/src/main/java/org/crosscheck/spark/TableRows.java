package org.crosscheck.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.RowFactory;
import org.crosscheck.model.Article;
import org.crosscheck.model.CitedSentence;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Removal;
import org.crosscheck.model.SourceError;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Story;
import org.crosscheck.report.DossierJson;

/**
 * Turns an analysed corpus into the rows of every table, as the store writes a dossier (one row per article,
 * its removals, warnings and credits by position, its mentions, statements and figures; an entity once with
 * its aliases once each; events with their articles and summary, stories with their events, comparisons with
 * their figures then statements; an error once). Figures carry their frames (measure, scope as JSON; the
 * figure they restate) and comparisons their quantity (JSON).
 */
final class TableRows {

    private final Map<String, String> inputHashes;
    private final LocalDateTime added;
    private final List<TableRow> out = new ArrayList<>();

    /**
     * Makes the converter.
     *
     * @param inputHashes each article's input hash, by id
     * @param addedMillis the time written as {@code added}
     */
    TableRows(Map<String, String> inputHashes, long addedMillis) {
        this.inputHashes = inputHashes;
        this.added = LocalDateTime.ofInstant(Instant.ofEpochMilli(addedMillis), ZoneOffset.UTC);
    }

    /**
     * Returns the rows.
     *
     * @param c the analysed corpus
     * @return the rows of every table
     */
    List<TableRow> rows(Corpus c) {
        for (Article a : c.articles()) {
            article(a);
        }
        for (Entity e : c.entities()) {
            add("entities", e.id(), e.type(), e.name());
            for (String alias : new LinkedHashSet<>(e.aliases())) {
                add("aliases", e.id(), alias);
            }
        }
        for (Article a : c.articles()) {
            for (Entity e : c.entities()) {
                for (Mention m : e.mentions()) {
                    if (m.article().equals(a.id())) {
                        add("mentions", e.id(), a.id(), m.start(), m.end(), m.text());
                    }
                }
            }
        }
        c.statements().forEach(this::statement);
        c.figures().forEach(this::figure);
        for (Copy copy : c.copies()) {
            add("copies", copy.article(), copy.of(), copy.relation(), copy.score());
        }
        c.events().forEach(this::event);
        for (Story s : c.stories()) {
            add("stories", s.id(), s.title());
            for (int i = 0; i < s.events().size(); i++) {
                add("story_events", s.id(), i, s.events().get(i));
            }
        }
        c.comparisons().forEach(this::addComparison);
        Set<SourceError> errors = new LinkedHashSet<>(c.errors());
        errors.forEach(e -> add("errors", e.source(), e.message()));
        return out;
    }

    private void article(Article a) {
        add("articles", a.id(), a.source(), Hashes.sha256(a.text()), a.outlet(), a.url(), a.title(), a.published(),
                a.author(), a.language(), a.text(), a.dateline(), added, inputHashes.get(a.id()), a.retrieved());
        for (int i = 0; i < a.removed().size(); i++) {
            Removal r = a.removed().get(i);
            add("removals", a.id(), i, r.text(), r.reason());
        }
        for (int i = 0; i < a.warnings().size(); i++) {
            add("warnings", a.id(), i, a.warnings().get(i));
        }
        for (int i = 0; i < a.credits().size(); i++) {
            add("credits", a.id(), i, a.credits().get(i));
        }
    }

    private void statement(Statement s) {
        Speaker sp = s.speaker();
        add("statements", s.id(), s.article(), s.start(), s.end(), s.mode(), sp == null ? null : sp.entity(),
                sp == null ? null : sp.text(), s.cue(), s.content(), json(s.parts()), s.cueClass(), s.continues());
    }

    private void figure(Figure f) {
        Speaker cl = f.claimant();
        add("figures", f.id(), f.article(), f.start(), f.end(), f.kind(), f.value(), f.low(), f.high(), f.hedge(),
                f.unit(), f.counted(), f.place(), f.time(), cl == null ? null : cl.entity(),
                cl == null ? null : cl.text(), f.statement(), json(f.measure()), json(f.scope()), f.aliasOf());
    }

    private void event(Event e) {
        add("events", e.id(), e.title());
        for (int i = 0; i < e.articles().size(); i++) {
            add("event_articles", e.id(), i, e.articles().get(i));
        }
        for (int i = 0; i < e.summary().size(); i++) {
            CitedSentence s = e.summary().get(i);
            add("summaries", e.id(), i, s.text(), s.article(), s.start(), s.end());
        }
    }

    /**
     * Returns the rows of one comparison (its row, then its figures and statements), as {@link #rows} writes
     * them.
     *
     * @param cmp the comparison
     * @return its rows
     */
    static List<TableRow> comparison(Comparison cmp) {
        TableRows rows = new TableRows(Map.of(), 0);
        rows.addComparison(cmp);
        return rows.out;
    }

    private void addComparison(Comparison cmp) {
        add("comparisons", cmp.id(), cmp.topic(), cmp.kind(), cmp.verdict(), cmp.note(), json(cmp.quantity()));
        for (int i = 0; i < cmp.figures().size(); i++) {
            add("comparison_items", cmp.id(), "figure", i, cmp.figures().get(i));
        }
        for (int i = 0; i < cmp.statements().size(); i++) {
            add("comparison_items", cmp.id(), "statement", i, cmp.statements().get(i));
        }
    }

    /** A nested record (measure, scope, quantity) as the contract's JSON, as the store writes it; null for null. */
    private static String json(Object value) {
        try {
            return value == null ? null : DossierJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record could not be written as JSON", e);
        }
    }

    private void add(String table, Object... values) {
        out.add(new TableRow(table, RowFactory.create(values)));
    }
}
