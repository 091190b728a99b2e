package org.crosscheck.app.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.crosscheck.app.store.StoreQueries;
import org.crosscheck.model.Article;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.Statement;

/** Turns one stored article, its statements and its figures into Lucene documents. */
final class DocumentMaker {

    /** Field names. */
    static final String TYPE = "type";
    static final String ID = "id";
    static final String ARTICLE = "article";
    static final String OUTLET = "outlet";
    static final String LANGUAGE = "language";
    static final String SPEAKER = "speaker";
    static final String KIND = "kind";
    static final String EVENT = "event";
    static final String DAY = "day";
    static final String DATE = "date";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String START = "start";
    static final String END = "end";

    private final FacetsConfig facets;

    DocumentMaker(FacetsConfig facets) {
        this.facets = facets;
    }

    /** Returns the facet configuration every index of this shape uses. */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(EVENT, true);
        return config;
    }

    /**
     * Makes the documents of one article.
     *
     * @param q       the store's queries
     * @param article the article
     * @return the article's document, then one per statement and figure
     * @throws java.io.IOException when facet fields cannot be built
     */
    List<Document> documents(StoreQueries q, Article article) throws java.io.IOException {
        List<String> events = q.eventsOf(article.id());
        List<Document> docs = new ArrayList<>();
        Document a = base("article", article.id(), article, events, 0, article.text().length());
        a.add(new TextField(TEXT, nz(article.title()) + "\n" + article.text(), Field.Store.YES));
        docs.add(facets.build(a));
        for (Statement s : q.statementsIn(article.id())) {
            Document d = base("statement", s.id(), article, events, s.start(), s.end());
            speaker(d, s.speaker());
            d.add(new TextField(TEXT, span(article, s.start(), s.end()), Field.Store.YES));
            docs.add(facets.build(d));
        }
        for (Figure f : q.figuresIn(article.id())) {
            Document d = base("figure", f.id(), article, events, f.start(), f.end());
            speaker(d, f.claimant());
            keyword(d, KIND, f.kind());
            d.add(new TextField(TEXT, span(article, f.start(), f.end()) + " " + nz(f.counted()) + " " + nz(f.kind())
                    + " "
                    + nz(f.place()), Field.Store.YES));
            docs.add(facets.build(d));
        }
        return docs;
    }

    private static Document base(String type, String id, Article article, List<String> events, int start, int end) {
        Document d = new Document();
        keyword(d, TYPE, type);
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new StringField(ARTICLE, article.id(), Field.Store.YES));
        d.add(new StoredField(TITLE, nz(article.title())));
        keyword(d, OUTLET, article.outlet());
        keyword(d, LANGUAGE, article.language());
        for (String e : events) {
            keyword(d, EVENT, e);
        }
        LocalDate day = day(article.published());
        if (day != null) {
            d.add(new LongPoint(DAY, day.toEpochDay()));
            d.add(new StoredField(DATE, day.toString()));
        }
        d.add(new StoredField(START, start));
        d.add(new StoredField(END, end));
        return d;
    }

    private static void speaker(Document d, Speaker s) {
        if (s != null && s.text() != null) {
            keyword(d, SPEAKER, s.text());
        }
    }

    /** A filterable, stored, faceted keyword. */
    private static void keyword(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new StringField(field, value, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(field, value));
        }
    }

    private static String span(Article a, int start, int end) {
        int s = Math.max(0, Math.min(start, a.text().length()));
        int e = Math.max(s, Math.min(end, a.text().length()));
        return a.text().substring(s, e);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * Reads the day of a publication date.
     *
     * @param published ISO-8601 date or date-time, or null
     * @return the day, or null when absent or unreadable
     */
    static LocalDate day(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
