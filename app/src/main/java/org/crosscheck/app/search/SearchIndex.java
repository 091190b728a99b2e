package org.crosscheck.app.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.crosscheck.app.store.Page;
import org.crosscheck.app.store.Store;
import org.crosscheck.app.store.StoreListener;
import org.crosscheck.app.store.StoreQueries;
import org.crosscheck.model.Article;

/**
 * The Lucene full-text index beside a store (folder {@code STORE.index}) over article texts, statements
 * and figures. It follows the store: it listens to its writes, and when opened on a store whose
 * generation differs from the one it was built at (a crash between the two commits, a store copied
 * alone) it rebuilds itself from the store.
 */
public final class SearchIndex implements StoreListener, AutoCloseable {

    /** Marks the start of a matched word in {@link Hit#snippet()}. */
    public static final char MARK_START = '\u0002';
    /** Marks the end of a matched word in {@link Hit#snippet()}. */
    public static final char MARK_END = '\u0003';

    private static final String GENERATION = "store-generation";
    private static final List<String> DIMENSIONS = List.of(DocumentMaker.TYPE, DocumentMaker.OUTLET,
            DocumentMaker.LANGUAGE, DocumentMaker.KIND, DocumentMaker.SPEAKER, DocumentMaker.EVENT);
    /** What the documents hold; an index of another format is rebuilt (2: the articles' language). */
    private static final String FORMAT = "2";
    private static final String FORMAT_KEY = "index-format";

    private final Store store;
    private final Directory directory;
    private final IndexWriter writer;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final FacetsConfig facetsConfig = DocumentMaker.facetsConfig();
    private final DocumentMaker maker = new DocumentMaker(facetsConfig);
    private DirectoryReader reader;
    private SortedSetDocValuesReaderState facetState;

    private SearchIndex(Store store, Path folder) throws IOException {
        this.store = store;
        this.directory = FSDirectory.open(folder);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    }

    /**
     * Opens (or builds) the index beside a store and makes it follow the store's writes.
     *
     * @param store the open store
     * @return the index, in step with the store
     * @throws UncheckedIOException when the index folder cannot be opened or written
     */
    public static SearchIndex open(Store store) {
        Path folder = store.path().resolveSibling(store.path().getFileName() + ".index");
        try {
            SearchIndex index = new SearchIndex(store, folder);
            if (index.indexedGeneration() != store.generation()) {
                index.rebuild();
            }
            index.refresh();
            store.listen(index);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open search index " + folder + ": " + e.getMessage(), e);
        }
    }

    private long indexedGeneration() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return -1;
        }
        Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
        String g = data.get(GENERATION);
        return g == null || !FORMAT.equals(data.get(FORMAT_KEY)) ? -1 : Long.parseLong(g);
    }

    /**
     * Rebuilds the whole index from the store.
     *
     * @throws IOException when the index cannot be written
     */
    public synchronized void rebuild() throws IOException {
        writer.deleteAll();
        StoreQueries q = store.queries();
        int pageSize = 200;
        for (int offset = 0; ; offset += pageSize) {
            Page<Article> page = q.articles(null, offset, pageSize);
            for (Article a : page.items()) {
                writer.addDocuments(maker.documents(q, a));
            }
            if (offset + pageSize >= page.total()) {
                break;
            }
        }
        commit();
    }

    @Override
    public synchronized void changed(Set<String> articleIds) {
        try {
            if (articleIds.isEmpty()) {
                rebuild();
            } else {
                StoreQueries q = store.queries();
                for (String id : articleIds) {
                    writer.deleteDocuments(new Term(DocumentMaker.ARTICLE, id));
                    q.article(id).ifPresent(a -> addQuietly(q, a));
                }
                commit();
            }
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update search index: " + e.getMessage(), e);
        }
    }

    private void addQuietly(StoreQueries q, Article a) {
        try {
            writer.addDocuments(maker.documents(q, a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(GENERATION, String.valueOf(store.generation()), FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
    }

    private void refresh() throws IOException {
        DirectoryReader fresh = DirectoryReader.open(writer);
        DirectoryReader old = reader;
        reader = fresh;
        facetState = hasFacets(fresh) ? new DefaultSortedSetDocValuesReaderState(fresh, facetsConfig) : null;
        if (old != null) {
            old.close();
        }
    }

    private static boolean hasFacets(DirectoryReader r) {
        return r.numDocs() > 0;
    }

    /**
     * Runs a search.
     *
     * @param q the query
     * @return the page of hits with facets
     * @throws IllegalArgumentException never for bad syntax: unparsable text is searched as plain words
     */
    public synchronized SearchResult search(SearchQuery q) {
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query query = build(q);
            int n = q.offset() + q.limit();
            Object[] results = searcher.search(query, new MultiCollectorManager(
                    new TopScoreDocCollectorManager(n, 1000), new FacetsCollectorManager()));
            TopDocs top = (TopDocs) results[0];
            FacetsCollector fc = (FacetsCollector) results[1];
            List<Hit> hits = hits(searcher, query, top, q.offset());
            return new SearchResult(q, top.totalHits.value, hits, facets(fc));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    private Query build(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(parse(q.text()), BooleanClause.Occur.MUST);
        filter(b, DocumentMaker.TYPE, q.type());
        filter(b, DocumentMaker.OUTLET, q.outlet());
        filter(b, DocumentMaker.LANGUAGE, q.language());
        filter(b, DocumentMaker.SPEAKER, q.speaker());
        filter(b, DocumentMaker.KIND, q.kind());
        filter(b, DocumentMaker.EVENT, q.event());
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(DocumentMaker.DAY, from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private Query parse(String text) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        String bounded = text.length() > 500 ? text.substring(0, 500) : text;
        QueryParser parser = new QueryParser(DocumentMaker.TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(bounded);
        } catch (ParseException | IllegalArgumentException e) {
            try {
                return parser.parse(QueryParser.escape(bounded));
            } catch (ParseException again) {
                return new MatchAllDocsQuery();
            }
        }
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    private List<Hit> hits(IndexSearcher searcher, Query query, TopDocs top, int offset) throws IOException {
        ScoreDoc[] all = top.scoreDocs;
        int from = Math.min(offset, all.length);
        ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, all.length);
        TopDocs pageDocs = new TopDocs(top.totalHits, page);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(String.valueOf(MARK_START), String.valueOf(MARK_END),
                        " … ", false))
                .withMaxLength(200_000).build();
        String[] snippets = page.length == 0 ? new String[0]
                : highlighter.highlight(DocumentMaker.TEXT, query, pageDocs, 2);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document d = searcher.storedFields().document(page[i].doc);
            String snippet = snippets[i] != null ? snippets[i] : lead(d.get(DocumentMaker.TEXT));
            hits.add(new Hit(d.get(DocumentMaker.TYPE), d.get(DocumentMaker.ID), d.get(DocumentMaker.ARTICLE),
                    d.get(DocumentMaker.TITLE), d.get(DocumentMaker.OUTLET), d.get(DocumentMaker.DATE),
                    d.getField(DocumentMaker.START).numericValue().intValue(),
                    d.getField(DocumentMaker.END).numericValue().intValue(), snippet, page[i].score));
        }
        return hits;
    }

    private static String lead(String text) {
        return text == null ? "" : text.length() <= 240 ? text : text.substring(0, 240) + " …";
    }

    private Map<String, Map<String, Integer>> facets(FacetsCollector fc) throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        if (facetState == null) {
            return out;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(facetState, fc);
        for (String dim : DIMENSIONS) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            try {
                FacetResult r = facets.getTopChildren(10, dim);
                if (r != null) {
                    for (LabelAndValue lv : r.labelValues) {
                        counts.put(lv.label, lv.value.intValue());
                    }
                }
            } catch (IllegalArgumentException e) {
                // dimension absent from this index (e.g. no figures yet): no counts
            }
            out.put(dim, counts);
        }
        return out;
    }

    /**
     * Parses a yyyy-mm-dd date for a filter.
     *
     * @param s the text, may be null or blank
     * @return the date, or null
     */
    public static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : DocumentMaker.day(s.trim());
    }

    /** Closes the index (the store stays open). */
    @Override
    public synchronized void close() {
        try {
            if (reader != null) {
                reader.close();
            }
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close search index: " + e.getMessage(), e);
        }
    }
}
