package org.crosscheck.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crosscheck.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store held by a real second process is refused with a message naming that process. */
class StoreLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondProcessIsRefusedWithTheFirstOnesPidAndCommandAndMayOpenOnceItIsGone() throws Exception {
        Path db = dir.resolve("held.duckdb");
        String command = "crosscheck serve --db " + db;
        Process holder = child(db, command);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).startsWith("open ");

            assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("store " + db.toAbsolutePath() + " is in use by another Crosscheck process"
                            + " (PID " + holder.pid() + ": " + command + ", since ")
                    .hasMessageContaining("stop that process or wait for it to finish")
                    .hasMessageNotContaining("Lock held").hasMessageNotContaining("IO Error");

            // what a user sees: analyze --db into the store another process has open
            Path in = Files.createDirectories(dir.resolve("in"));
            Files.writeString(in.resolve("one.txt"), "The bridge reopened on Monday, officials said.");
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "analyze",
                    in.toString(), "--out", dir.resolve("out").toString(), "--db", db.toString(), "-q");
            assertThat(code).isEqualTo(Main.EXIT_FAILURE);
            assertThat(err.toString().strip()).startsWith("crosscheck: store ")
                    .contains("in use by another Crosscheck process (PID " + holder.pid() + ": " + command)
                    .doesNotContain("Exception");

            holder.getOutputStream().close();
            assertThat(out.readLine()).isEqualTo("closed");
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            holder.destroyForcibly();
        }
        try (Store store = Store.open(db)) {
            assertThat(store.generation()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void aSecondWriterIsRefusedAtOnceWithTheFirstWritersPidAndCommand() throws Exception {
        Path db = dir.resolve("two.duckdb");
        String command = "crosscheck analyze in --db " + db;
        Process writer = child(db, command);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).startsWith("open ");
            long start = System.nanoTime();
            assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use by another Crosscheck process (PID " + writer.pid() + ": " + command)
                    .hasMessageContaining("written by one process at a time");
            // a writer is not waited for as serve's copying is
            assertThat(System.nanoTime() - start).isLessThan(StoreLock.WAIT_FOR_COPY.toNanos() / 2);
        } finally {
            writer.destroyForcibly();
            writer.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aWriterWaitsWhileServeCopiesTheStore() throws Exception {
        Path db = dir.resolve("copied.duckdb");
        Process serve = child(db, "crosscheck serve --db " + db, "copy", "2000");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("copying");
            long start = System.nanoTime();
            try (Store store = Store.open(db)) {
                assertThat(store.generation()).isZero();
            }
            assertThat(System.nanoTime() - start).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(500));
        } finally {
            serve.destroyForcibly();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aKilledHolderLeavesNoLockBehind() throws Exception {
        Path db = dir.resolve("killed.duckdb");
        Process holder = child(db, "crosscheck analyze --db " + db);
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).startsWith("open ");
        holder.destroyForcibly();
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(dir.resolve("killed.duckdb.lock")).exists();
        try (Store store = Store.open(db)) {
            assertThat(store.generation()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void aFileAnotherProgramHoldsIsRefusedInWordsNamingThatProgram() throws Exception {
        Path db = dir.resolve("raw.duckdb");
        Process holder = child(db, "some tool", "raw");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open raw");
            assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("store " + db + " is in use by another program (PID " + holder.pid() + ": ")
                    .hasMessageEndingWith("java); stop it, then try again");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process child(Path db, String command, String... more) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> args = new java.util.ArrayList<>(List.of(java, "-Djava.io.tmpdir=" + db.toAbsolutePath()
                .getParent(), "-D" + StoreLock.COMMAND_PROPERTY + "=" + command, "-cp",
                System.getProperty("java.class.path"), HoldChild.class.getName(), db.toString()));
        args.addAll(List.of(more));
        return new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
