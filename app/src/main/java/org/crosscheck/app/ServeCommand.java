package org.crosscheck.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.crosscheck.app.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crosscheck serve [--db PATH] [--port N]}: the local web UI and REST API over the store. It reads a
 * copy of the store, refreshed after each write ({@link ServedCopies}), so {@code analyze --db} may write
 * the store meanwhile.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Browse and search the store in a web browser (and through the REST API, see docs/API.md).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}; 0 for any).")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this computer only).")
    private String host;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        try (ServedCopies copies = ServedCopies.start(db.path(), spec.commandLine().getErr());
             WebServer server = WebServer.start(copies.served(), host, port)) {
            spec.commandLine().getOut().printf("Serving %s at http://%s:%d/ (Ctrl-C to stop)%n", db.path(), host,
                    server.port());
            spec.commandLine().getOut().flush();
            // on Ctrl-C, let the server stop and the copy be deleted before the JVM ends
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopped.countDown();
                awaitQuietly(closed);
            }));
            stopped.await();
        } finally {
            closed.countDown();
        }
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
