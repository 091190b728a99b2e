package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.crosscheck.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code serve} child over a store of three analysed samples answers every one of 200 clients asking at once
 * for three seconds, pages and API alike. {@link ServeLoad} is the longer run with the latency percentiles.
 */
class ServeLoadTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void twoHundredClientsAtOnceAreAllAnswered() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> files = Files.list(Path.of("..", "samples", "articles"))) {
            for (Path f : files.sorted().limit(3).toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        Path db = dir.resolve("load.duckdb");
        assertThat(Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
                "analyze", in.toString(), "--out", dir.resolve("out").toString(), "-q", "--offline", "--db",
                db.toString())).isZero();

        HttpLoad.Result r = ServeLoad.run(db, 200, Duration.ofSeconds(3));

        System.out.println(r.line());
        assertThat(r.errors()).isEmpty();
        assertThat(r.requests()).as("every client was answered at least once").isGreaterThanOrEqualTo(200);
    }
}
