package org.crosscheck.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.crosscheck.app.search.Hit;
import org.crosscheck.app.search.SearchIndex;
import org.crosscheck.app.search.SearchQuery;
import org.crosscheck.app.search.SearchResult;
import org.crosscheck.app.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck search "QUERY"}: full-text search over the stored articles, statements and figures. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the store (Lucene syntax: words, \"phrases\", AND/OR/NOT, prefix*).")
final class SearchCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for.")
    private String query;

    @Option(names = "--type", description = "article, statement or figure.")
    private String type;

    @Option(names = "--outlet", description = "Only this outlet.")
    private String outlet;

    @Option(names = "--language", description = "Only articles in this language (ISO 639-1: en, fr, de ...).")
    private String language;

    @Option(names = "--speaker", description = "Only statements/figures by this speaker (as written).")
    private String speaker;

    @Option(names = "--kind", description = "Only figures of this kind (killed, injured, ...).")
    private String kind;

    @Option(names = "--event", description = "Only this event id.")
    private String event;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after.")
    private String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before.")
    private String to;

    @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "Hits shown (default ${DEFAULT-VALUE}).")
    private int limit;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = Store.open(db.path()); SearchIndex index = SearchIndex.open(store)) {
            SearchResult r = index.search(new SearchQuery(query, type, outlet, language, speaker, kind, event,
                    SearchIndex.date(from), SearchIndex.date(to), 0, limit));
            out.printf("%d hits%n", r.total());
            for (Hit h : r.hits()) {
                out.printf("%n%s %s  [%s, %s, %s]%n  %s%n", h.type(), h.id(), h.outlet(), h.date(), h.article(),
                        h.snippet().replace(SearchIndex.MARK_START, '[').replace(SearchIndex.MARK_END, ']')
                                .replaceAll("\\s+", " "));
            }
            r.facets().forEach((dim, counts) -> {
                if (!counts.isEmpty()) {
                    out.printf("%n%s: %s", dim, counts);
                }
            });
            out.println();
        }
        return 0;
    }
}
