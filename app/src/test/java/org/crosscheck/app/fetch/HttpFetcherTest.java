package org.crosscheck.app.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.ingest.InputException;
import org.crosscheck.ingest.WebPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpFetcherTest {

    /** Tight timeouts and no politeness delay, so the suite stays fast. */
    static final FetchSettings FAST = FetchSettings.defaults("test")
            .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(1500))
            .withHostLimits(Duration.ZERO, 2).withRetries(2, Duration.ofMillis(10));

    static final String PAGE = "<html><body><p>The bridge reopened on Monday.</p></body></html>";

    @TempDir
    Path dir;

    private final LocalServer server;

    HttpFetcherTest() throws IOException {
        server = new LocalServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetchesAPageAndNamesCrosscheckInTheUserAgent() throws Exception {
        List<String> agents = new ArrayList<>();
        server.on("/a", ex -> {
            agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            LocalServer.send(ex, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        WebPage page = HttpFetcher.create(FAST, null).get(server.url("/a"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(page.charset()).isEqualTo("utf-8");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(agents).singleElement().asString().startsWith("Crosscheck/");
        assertThat(server.requests).containsExactly("GET /robots.txt", "GET /a");
    }

    @Test
    void robotsTxtThatForbidsAPathIsObeyed() throws Exception {
        server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
                .page("/private/", "text/html", PAGE).page("/public", "text/html", PAGE);
        HttpFetcher fetcher = HttpFetcher.create(FAST, null);
        assertThatThrownBy(() -> fetcher.get(server.url("/private/page")))
                .isInstanceOf(InputException.class).hasMessageContaining("robots.txt").hasMessageContaining("not allow");
        assertThat(fetcher.get(server.url("/public")).status()).isEqualTo(200);
        assertThat(server.requests).doesNotContain("GET /private/page").containsOnlyOnce("GET /robots.txt");
    }

    @Test
    void aSlowServerTimesOut() {
        server.on("/slow", ex -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalServer.send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        HttpFetcher fetcher = HttpFetcher.create(FAST, null);
        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher.get(server.url("/slow")))
                .isInstanceOf(InputException.class).hasMessageStartingWith("timed out after 1.5 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4000)); // the server would take 5 s
    }

    @Test
    void aSlowBodyTimesOutToo() {
        server.on("/drip", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write("<p>drip</p>".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThatThrownBy(() -> HttpFetcher.create(FAST, null).get(server.url("/drip")))
                .hasMessageStartingWith("timed out");
    }

    @Test
    void redirectsAreFollowedAndLoopsRefused() throws Exception {
        server.on("/old", ex -> redirect(ex, "/new")).page("/new", "text/html", PAGE)
                .on("/loop-a", ex -> redirect(ex, "/loop-b")).on("/loop-b", ex -> redirect(ex, "/loop-a"));
        HttpFetcher fetcher = HttpFetcher.create(FAST, null);
        assertThat(fetcher.get(server.url("/old")).url()).isEqualTo(server.url("/new"));
        assertThatThrownBy(() -> fetcher.get(server.url("/loop-a")))
                .hasMessageStartingWith("redirect loop: " + server.url("/loop-a") + " -> " + server.url("/loop-b"));
    }

    @Test
    void aTenMegabytePageIsRefusedAtTheCap() {
        byte[] big = new byte[10_000_000];
        java.util.Arrays.fill(big, (byte) 'a');
        server.page("/big", "text/html", big).on("/big-chunked", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(big, 0, 100_000);
                }
            }
        });
        HttpFetcher fetcher = HttpFetcher.create(FAST.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)), null);
        assertThatThrownBy(() -> fetcher.get(server.url("/big"))).hasMessageStartingWith("page too large (over 5,242,880");
        assertThatThrownBy(() -> fetcher.get(server.url("/big-chunked"))).hasMessageStartingWith("page too large");
    }

    @Test
    void retriesServerErrorsWithBackoffAndHonoursRetryAfter() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.on("/flaky", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().set("Retry-After", "0");
                LocalServer.send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
            } else if (calls.get() == 2) {
                LocalServer.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
            } else {
                LocalServer.send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
            }
        }).on("/down", ex -> LocalServer.send(ex, 500, "text/plain", new byte[] {'x'}));
        HttpFetcher fetcher = HttpFetcher.create(FAST, null);
        assertThat(fetcher.get(server.url("/flaky")).status()).isEqualTo(200);
        assertThat(calls).hasValue(3);
        assertThatThrownBy(() -> fetcher.get(server.url("/down"))).hasMessageStartingWith("HTTP status 500");
        assertThat(server.requests.stream().filter(r -> r.equals("GET /down"))).hasSize(3);
    }

    @Test
    void anUnreachableHostIsOneClearError() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        int closedPort = port;
        assertThatThrownBy(() -> HttpFetcher.create(FAST, null).get("http://127.0.0.1:" + closedPort + "/x"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("cannot connect to the host");
        assertThatThrownBy(() -> HttpFetcher.create(FAST, null).get("ftp://127.0.0.1/x"))
                .hasMessage("not an http or https URL");
    }

    @Test
    void conditionalRequestsUseRememberedValidators() throws Exception {
        server.on("/cond", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalServer.send(ex, 304, null, new byte[0]);
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Tue, 24 Nov 2026 08:00:00 GMT");
            LocalServer.send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        Path state = dir.resolve("state.json");
        try (HttpFetcher first = HttpFetcher.remembering(FAST, null, state)) {
            assertThat(first.get(server.url("/cond")).status()).isEqualTo(200);
        }
        try (HttpFetcher second = HttpFetcher.remembering(FAST, null, state)) {
            assertThat(second.get(server.url("/cond")).notModified()).isTrue();
        }
    }

    @Test
    void requestsToOneHostAreSpacedByTheDelay() throws Exception {
        server.page("/t", "text/html", PAGE);
        HttpFetcher fetcher = HttpFetcher.create(FAST.withHostLimits(Duration.ofMillis(200), 2), null);
        long start = System.nanoTime();
        fetcher.get(server.url("/t1"));
        fetcher.get(server.url("/t2"));
        fetcher.get(server.url("/t3"));
        // robots.txt and three pages: the fourth request starts at least three delays after the first
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
        assertThat(server.requests).containsExactly("GET /robots.txt", "GET /t1", "GET /t2", "GET /t3");
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        LocalServer.send(ex, 302, null, new byte[0]);
    }

    static byte[] cp1251(String s) {
        return s.getBytes(Charset.forName("windows-1251"));
    }
}
