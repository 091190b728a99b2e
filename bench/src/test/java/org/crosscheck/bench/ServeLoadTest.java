package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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
        Path in = Samples.first(3, dir.resolve("in"));
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
