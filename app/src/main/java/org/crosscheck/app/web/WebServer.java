package org.crosscheck.app.web;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.crosscheck.app.search.SearchIndex;
import org.crosscheck.app.store.Store;

/**
 * The local web UI and REST API over a store (Javalin). Binds to 127.0.0.1 unless told otherwise; sends
 * a strict Content-Security-Policy; serves only pages made from the store and two bundled assets, no files.
 */
public final class WebServer implements AutoCloseable {

    /** Content-Security-Policy of every response: own scripts and styles only, nothing inline. */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final long MAX_REQUEST_BYTES = 16 * 1024;

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts a server over one store, which the caller closes after the server.
     *
     * @param store the open store
     * @param index its search index
     * @param host  the address to bind (127.0.0.1 for local use)
     * @param port  the port, 0 for any free one
     * @return the running server
     */
    public static WebServer start(Store store, SearchIndex index, String host, int port) {
        return start(ServedStore.borrowing(store, index), host, port);
    }

    /**
     * Starts a server over a store that may be swapped while it serves.
     *
     * @param served what the server reads (its owner closes it after the server)
     * @param host   the address to bind (127.0.0.1 for local use)
     * @param port   the port, 0 for any free one
     * @return the running server
     */
    public static WebServer start(ServedStore served, String host, int port) {
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
        });
        app.before(WebServer::headers);
        app.after(ctx -> {
            String type = ctx.res().getContentType();
            if (type != null && type.startsWith("text/html") && !type.contains("charset")) {
                ctx.contentType("text/html; charset=utf-8");
            }
        });
        routes(app, served);
        new Api(served).register(app);
        app.exception(BadRequestResponse.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        app.exception(NotFoundResponse.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
                "something went wrong reading the store"));
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                error(ctx, HttpStatus.NOT_FOUND, "no such page");
            }
        });
        app.start(host, port);
        return new WebServer(app);
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static void routes(Javalin app, ServedStore s) {
        app.get("/", s.reading((v, ctx) -> ctx.html(v.home.render())));
        app.get("/articles", s.reading((v, ctx) -> ctx.html(v.home.articles(Params.text(ctx, "outlet"),
                Params.text(ctx, "language"), Params.offset(ctx), Params.number(ctx, "limit", 50, 1, Params.MAX_LIMIT)))));
        app.get("/articles/{id}", s.reading((v, ctx) -> ctx.html(found(v.article.render(ctx.pathParam("id"),
                Params.number(ctx, "from", -1, -1, Integer.MAX_VALUE), Params.number(ctx, "to", -1, -1,
                        Integer.MAX_VALUE)).orElse(null), () -> "no article " + ctx.pathParam("id")))));
        app.get("/events/{id}", s.reading((v, ctx) -> ctx.html(found(v.event.render(ctx.pathParam("id"))
                .orElse(null), () -> "no event " + ctx.pathParam("id")))));
        app.get("/entities", s.reading((v, ctx) -> ctx.html(v.entity.list(Params.offset(ctx),
                Params.number(ctx, "limit", 50, 1, Params.MAX_LIMIT)))));
        app.get("/entities/{id}", s.reading((v, ctx) -> ctx.html(found(v.entity.render(ctx.pathParam("id"))
                .orElse(null), () -> "no entity " + ctx.pathParam("id")))));
        app.get("/search", s.reading((v, ctx) -> ctx.html(v.search.render(Params.search(ctx)))));
        app.get("/static/app.css", ctx -> asset(ctx, "app.css", "text/css; charset=utf-8"));
        app.get("/static/app.js", ctx -> asset(ctx, "app.js", "text/javascript; charset=utf-8"));
    }

    private static String found(String page, Supplier<String> missing) {
        if (page == null) {
            throw new NotFoundResponse(missing.get());
        }
        return page;
    }

    /** Serves one of the two bundled assets by a fixed name (never a path from the request). */
    private static void asset(Context ctx, String name, String type) {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new NotFoundResponse("no asset " + name);
            }
            ctx.contentType(type).header("Cache-Control", "max-age=3600").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType("application/json; charset=utf-8").result("{\"error\":"
                    + com.fasterxml.jackson.databind.node.TextNode.valueOf(message).toString() + "}");
        } else {
            ctx.html(Html.page("Error", "<h1>" + status.getCode() + "</h1><p>" + Html.esc(message) + "</p>"));
        }
    }

    /** Returns the port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Stops the server. */
    @Override
    public void close() {
        app.stop();
    }
}
