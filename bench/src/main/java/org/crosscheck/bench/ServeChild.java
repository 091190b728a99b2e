package org.crosscheck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real {@code crosscheck serve --db DB --port 0} in a child JVM, on this JVM's class path. */
final class ServeChild implements AutoCloseable {

    private static final Pattern ADDRESS = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)/");
    private final Process process;
    private final String base;

    private ServeChild(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /**
     * Starts the server and waits until it says where it listens.
     *
     * @param db   the store to serve
     * @param heap the child's largest heap, e.g. "1g"
     * @return the running server
     * @throws UncheckedIOException when the child cannot be started
     * @throws IllegalStateException when it ends or says something else before it listens
     */
    static ServeChild start(Path db, String heap) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-Djava.io.tmpdir=" + db.toAbsolutePath().getParent(), "-cp",
                System.getProperty("java.class.path"), "org.crosscheck.app.Main", "serve", "--db", db.toString(),
                "--port", "0"));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            Matcher m = ADDRESS.matcher(String.valueOf(line));
            if (!m.find()) {
                p.destroyForcibly();
                throw new IllegalStateException("serve did not start; it said: " + line);
            }
            return new ServeChild(p, m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start serve", e);
        }
    }

    /** Returns the server's address, e.g. {@code http://127.0.0.1:41234}. */
    String base() {
        return base;
    }

    /** Stops the server as Ctrl-C would (SIGTERM), and kills it if it does not stop within 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
