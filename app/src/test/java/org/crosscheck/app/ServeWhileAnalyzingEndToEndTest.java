package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code crosscheck serve} in a child process keeps answering while {@code analyze --db} in this JVM
 * writes the same store, and shows the new article soon after the run ends.
 */
class ServeWhileAnalyzingEndToEndTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void serveKeepsAnsweringWhileAnalyzeWritesTheStoreAndShowsTheNewArticle() throws Exception {
        Path db = dir.resolve("shared.duckdb");
        assertThat(analyze("first", "The bridge in Kelvedon reopened on Monday, officials said.")).isZero();

        Process serve = serve(db);
        AtomicBoolean polling = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean();
        AtomicInteger answeredWhileWriting = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Thread poller = null;
        try {
            String base = base(serve);
            assertThat(total(base)).isEqualTo(1);
            poller = new Thread(() -> {
                while (polling.get()) {
                    for (String path : List.of("/api/articles", "/", "/api/search?q=bridge")) {
                        try {
                            int status = get(base + path).statusCode();
                            if (status == 200) {
                                answered.incrementAndGet();
                                if (writing.get()) {
                                    answeredWhileWriting.incrementAndGet();
                                }
                            } else {
                                failures.add(path + " " + status);
                            }
                        } catch (Exception e) {
                            failures.add(path + " " + e);
                        }
                    }
                }
            });
            poller.start();

            writing.set(true);
            assertThat(analyze("second", "Floods closed the Zarnovica road on Tuesday, the mayor told reporters."))
                    .isZero();
            writing.set(false);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (total(base) < 2 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(total(base)).isEqualTo(2);
            assertThat(get(base + "/api/search?q=Zarnovica").body()).contains("Zarnovica");
            polling.set(false);
            poller.join(10_000);
            assertThat(failures).isEmpty();
            assertThat(answered.get()).isGreaterThan(10);
            // pages were served while the second run had the store open for writing, not only before and after
            assertThat(answeredWhileWriting.get()).isPositive();
        } finally {
            polling.set(false);
            if (poller != null) {
                poller.join(10_000);
            }
            serve.destroy();
            if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
        assertThat(serve.exitValue()).as("serve stopped by SIGTERM").isIn(0, 143);
        assertThat(dir.resolve("shared.duckdb.serving")).as("the served copy is deleted").doesNotExist();
        // the store is the writers' again once serve has gone
        assertThat(analyze("third", "The ferry to Kelvedon resumed on Wednesday, the operator said.")).isZero();
    }

    private int analyze(String name, String text) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in-" + name));
        Files.writeString(in.resolve(name + ".txt"), text);
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "analyze",
                in.toString(), "--out", dir.resolve("out-" + name).toString(), "--db",
                dir.resolve("shared.duckdb").toString(), "-q");
        assertThat(err.toString()).doesNotContain("in use by another");
        return code;
    }

    private static Process serve(Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Djava.io.tmpdir=" + db.toAbsolutePath().getParent(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve", "--db", db.toString(),
                "--port", "0").redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static String base(Process serve) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher m = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)/").matcher(String.valueOf(line));
        assertThat(m.find()).as("serve said: %s", line).isTrue();
        return m.group(1);
    }

    private static long total(String base) throws Exception {
        HttpResponse<String> r = get(base + "/api/articles");
        assertThat(r.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(r.body());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
