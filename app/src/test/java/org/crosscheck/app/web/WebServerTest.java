package org.crosscheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.crosscheck.app.search.SearchIndex;
import org.crosscheck.app.store.Store;
import org.crosscheck.app.store.TestDossiers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over real HTTP: pages, API, headers, bounds and escaping of hostile article text. */
class WebServerTest {

    @TempDir
    static Path dir;

    private static Store store;
    private static SearchIndex index;
    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = Store.open(dir.resolve("w.duckdb"));
        index = SearchIndex.open(store);
        store.add(TestDossiers.small());
        server = WebServer.start(store, index, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        index.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).contains(WebServer.CSP);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.body()).contains("Floods in Ostrava Nova");
    }

    @Test
    void hostileTextTitlesOutletsAndSourcesAreEscapedEverywhere() throws Exception {
        for (String path : new String[] {"/articles/a3", "/events/ev1", "/articles", "/search?q=hostile",
            "/search?q=%3Cscript%3E&outlet=%22%3E%3Cscript%3E", "/entities/e1"}) {
            String body = get(path).body();
            assertThat(body).as(path).doesNotContain("<script>window").doesNotContain("<img src=x")
                    .doesNotContain("onerror=\"window").doesNotContain("' onmouseover='");
        }
        String article = get("/articles/a3").body();
        assertThat(article).contains("&lt;script&gt;window.pwned=1&lt;/script&gt;");
    }

    @Test
    void articlePageHighlightsFiguresStatementsAndMentions() throws Exception {
        String body = get("/articles/a1").body();
        assertThat(body).contains("id=\"f1\"").contains("data-ids=\"s1 f1\"").contains("href=\"/entities/e1\"")
                .contains("Removed from the input");
    }

    @Test
    void eventPageShowsComparisonAndCopies() throws Exception {
        String body = get("/events/ev1").body();
        assertThat(body).contains("people killed").contains("differ").contains("rewrite of")
                .contains("Statements by speaker").contains("href=\"/articles/a1#f1\"");
        assertThat(body).as("each report as its article writes it").contains(">At least 12 people")
                .contains(">About 12 people");
    }

    @Test
    void apiReturnsContractJsonWithPaging() throws Exception {
        String figures = get("/api/figures?kind=killed&limit=2").body();
        assertThat(figures).contains("\"total\" : 3").contains("\"limit\" : 2").contains("\"hedge\" : \"at least\"");
        assertThat(get("/api/figures?limit=100000").body()).contains("\"limit\" : 100");
        assertThat(get("/api/events/ev1").body()).contains("\"verdict\" : \"differ\"");
        assertThat(get("/api/articles/a1").body()).contains("\"statements\"");
        assertThat(get("/api/search?q=boats").body()).contains("\"hits\"");
        assertThat(get("/api/articles?language=en").body()).contains("\"total\" : 3");
        assertThat(get("/api/articles?language=fr").body()).contains("\"total\" : 0");
        assertThat(get("/api/search?q=boats&language=fr").body()).contains("\"total\" : 0");
        assertThat(get("/articles?language=en").body()).contains("/articles?language=en");
        assertThat(get("/api/statements?speaker=e1").body()).contains("\"total\" : 3");
        assertThat(get("/api/entities").body()).contains("Lina Hart");
    }

    @Test
    void badRequestsAreRefusedCleanly() throws Exception {
        assertThat(get("/api/articles/nope").statusCode()).isEqualTo(404);
        assertThat(get("/api/articles?limit=abc").statusCode()).isEqualTo(400);
        assertThat(get("/events/%3Cscript%3E").body()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(get("/static/../../etc/passwd").statusCode()).isIn(400, 404);
        assertThat(get("/etc/passwd").statusCode()).isEqualTo(404);
    }
}
