package org.crosscheck.app.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real HTTP server on 127.0.0.1 with a free port, for fetch tests; logs the requests it gets. */
public final class LocalServer implements AutoCloseable {

    /** Answers one request. */
    public interface Handler {
        /**
         * Answers.
         *
         * @param exchange the request and response
         * @throws IOException when writing fails
         */
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "local-server");
        t.setDaemon(true);
        return t;
    });
    /** Each request as "METHOD path", in order. */
    public final List<String> requests = new CopyOnWriteArrayList<>();

    /**
     * Starts a server.
     *
     * @throws IOException when it cannot bind
     */
    public LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(pool);
        on("/", ex -> send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8)));
        server.start();
    }

    /**
     * Serves a path.
     *
     * @param path    the path prefix
     * @param handler the answer
     * @return this server
     */
    public LocalServer on(String path, Handler handler) {
        server.createContext(path, exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            try {
                handler.handle(exchange);
            } catch (IOException e) {
                // The client went away (timeouts, size caps): nothing to answer.
            } finally {
                exchange.close();
            }
        });
        return this;
    }

    /**
     * Serves fixed content.
     *
     * @param path the path
     * @param type the Content-Type
     * @param body the body
     * @return this server
     */
    public LocalServer page(String path, String type, byte[] body) {
        return on(path, ex -> send(ex, 200, type, body));
    }

    /**
     * Serves fixed UTF-8 text.
     *
     * @param path the path
     * @param type the Content-Type
     * @param body the body
     * @return this server
     */
    public LocalServer page(String path, String type, String body) {
        return page(path, type, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends a response with a known length.
     *
     * @param ex     the exchange
     * @param status the status
     * @param type   the Content-Type, or null
     * @param body   the body
     * @throws IOException when writing fails
     */
    public static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            ex.getResponseHeaders().set("Content-Type", type);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * Returns the absolute URL of a path on this server.
     *
     * @param path the path, starting with /
     * @return e.g. http://127.0.0.1:43121/path
     */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
