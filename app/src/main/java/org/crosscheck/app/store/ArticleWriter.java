package org.crosscheck.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Article;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Removal;
import org.crosscheck.model.Scope;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.Statement;

/** Writes one article and everything found in it (removals, mentions, statements, figures). */
final class ArticleWriter {

    private final Connection c;
    private final IdMap ids;
    private final Set<String> storedEntities;

    /**
     * Makes a writer for one add.
     *
     * @param c              the connection (inside a transaction)
     * @param ids            the id translation of this add
     * @param storedEntities store ids of entities already written; updated as entities are written
     */
    ArticleWriter(Connection c, IdMap ids, Set<String> storedEntities) {
        this.c = c;
        this.ids = ids;
        this.storedEntities = storedEntities;
    }

    /**
     * Writes an article's rows.
     *
     * @param a          the article, with its dossier id
     * @param inputHash  the hash of its text before corpus-level stages (see {@link Schema}), or null
     * @param entities   every entity of the dossier
     * @param statements the article's statements
     * @param figures    the article's figures
     * @throws SQLException on a database error
     */
    void write(Article a, String inputHash, List<Entity> entities, List<Statement> statements, List<Figure> figures)
            throws SQLException {
        String id = ids.get("articles", a.id());
        Sql.update(c, "INSERT INTO articles (id, source, content_hash, outlet, url, title, published, author, "
                + "language, text, dateline, added, input_hash, retrieved) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,current_timestamp,?,?)",
                id, a.source(), ContentHash.of(a.text()), a.outlet(), a.url(), a.title(), a.published(), a.author(),
                a.language(), a.text(), a.dateline(), inputHash, a.retrieved());
        int seq = 0;
        for (Removal r : a.removed()) {
            Sql.update(c, "INSERT INTO removals VALUES (?,?,?,?)", id, seq++, r.text(), r.reason());
        }
        for (int i = 0; i < a.warnings().size(); i++) {
            Sql.update(c, "INSERT INTO warnings VALUES (?,?,?)", id, i, a.warnings().get(i));
        }
        for (int i = 0; i < a.credits().size(); i++) {
            Sql.update(c, "INSERT INTO credits VALUES (?,?,?)", id, i, a.credits().get(i));
        }
        writeMentions(a.id(), id, entities);
        for (Statement s : statements) {
            ensureSpeaker(s.speaker(), entities);
            writeStatement(id, s);
        }
        for (Figure f : figures) {
            ensureSpeaker(f.claimant(), entities);
            writeFigure(id, f);
        }
    }

    private void writeMentions(String dossierId, String id, List<Entity> entities) throws SQLException {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (dossierId.equals(m.article())) {
                    String entity = ensureEntity(e);
                    Sql.update(c, "INSERT INTO mentions VALUES (?,?,?,?,?)", entity, id, m.start(), m.end(),
                            m.text());
                }
            }
        }
    }

    /**
     * Writes an entity and its aliases unless already written.
     *
     * @param e the entity, with its dossier id
     * @return its store id
     * @throws SQLException on a database error
     */
    String ensureEntity(Entity e) throws SQLException {
        String id = ids.get("entities", e.id());
        if (storedEntities.add(id)) {
            Sql.update(c, "INSERT INTO entities VALUES (?,?,?)", id, e.type(), e.name());
        }
        for (String alias : e.aliases()) {
            Sql.update(c, "INSERT INTO aliases SELECT ?, ? WHERE NOT EXISTS "
                    + "(SELECT 1 FROM aliases WHERE entity = ? AND alias = ?)", id, alias, id, alias);
        }
        return id;
    }

    private void ensureSpeaker(Speaker sp, List<Entity> entities) throws SQLException {
        if (sp != null && sp.entity() != null) {
            for (Entity e : entities) {
                if (e.id().equals(sp.entity())) {
                    ensureEntity(e);
                }
            }
        }
    }

    private void writeStatement(String article, Statement s) throws SQLException {
        Speaker sp = s.speaker();
        Sql.update(c, "INSERT INTO statements VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", ids.get("statements", s.id()),
                article, s.start(), s.end(), s.mode(), sp == null ? null : ids.get("entities", sp.entity()),
                sp == null ? null : sp.text(), s.cue(), s.content(), Json.write(s.parts()), s.cueClass(),
                ids.get("statements", s.continues()));
    }

    private void writeFigure(String article, Figure f) throws SQLException {
        Speaker cl = f.claimant();
        Sql.update(c, "INSERT INTO figures VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", ids.get("figures", f.id()),
                article, f.start(), f.end(), f.kind(), f.value(), f.low(), f.high(), f.hedge(), f.unit(),
                f.counted(), f.place(), f.time(), cl == null ? null : ids.get("entities", cl.entity()),
                cl == null ? null : cl.text(), ids.get("statements", f.statement()), Json.write(f.measure()),
                Json.write(f.scope() == null ? null : new Scope(f.scope().place(), ids.get("entities", f.scope().entity()),
                        f.scope().time(), f.scope().date(), f.scope().cumulative())),
                ids.get("figures", f.aliasOf()));
    }
}
