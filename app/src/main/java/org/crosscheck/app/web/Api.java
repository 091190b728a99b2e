package org.crosscheck.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crosscheck.app.search.SearchIndex;
import org.crosscheck.app.store.Page;
import org.crosscheck.app.store.StoreQueries;
import org.crosscheck.model.Event;
import org.crosscheck.report.DossierJson;

/** The REST API: contract records as JSON, lists paged ({@code offset}, {@code limit} ≤ 100). See docs/API.md. */
final class Api {

    private final StoreQueries q;
    private final SearchIndex index;

    Api(StoreQueries q, SearchIndex index) {
        this.q = q;
        this.index = index;
    }

    /**
     * Registers the routes.
     *
     * @param app the server
     */
    void register(Javalin app) {
        app.get("/api/articles", ctx -> json(ctx, page(q.articles(Params.text(ctx, "outlet"), Params.offset(ctx),
                Params.limit(ctx)))));
        app.get("/api/articles/{id}", ctx -> {
            String id = ctx.pathParam("id");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("article", q.article(id).orElseThrow(() -> new NotFoundResponse("no article " + id)));
            body.put("statements", q.statementsIn(id));
            body.put("figures", q.figuresIn(id));
            body.put("entities", q.entitiesIn(id));
            body.put("events", q.eventsOf(id));
            json(ctx, body);
        });
        app.get("/api/events", ctx -> json(ctx, Map.of("items", q.events(), "stories", q.stories())));
        app.get("/api/events/{id}", ctx -> {
            String id = ctx.pathParam("id");
            Event e = q.event(id).orElseThrow(() -> new NotFoundResponse("no event " + id));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("event", e);
            body.put("comparisons", q.comparisonsOf(id));
            body.put("copies", q.copiesAmong(e.articles()));
            json(ctx, body);
        });
        app.get("/api/figures", ctx -> json(ctx, page(q.figures(Params.text(ctx, "kind"),
                Params.text(ctx, "article"), Params.offset(ctx), Params.limit(ctx)))));
        app.get("/api/statements", ctx -> json(ctx, page(q.statements(Params.text(ctx, "speaker"),
                Params.text(ctx, "article"), Params.offset(ctx), Params.limit(ctx)))));
        app.get("/api/entities", ctx -> json(ctx, page(q.entities(Params.text(ctx, "type"), Params.offset(ctx),
                Params.limit(ctx)))));
        app.get("/api/entities/{id}", ctx -> {
            String id = ctx.pathParam("id");
            json(ctx, q.entity(id).orElseThrow(() -> new NotFoundResponse("no entity " + id)));
        });
        app.get("/api/search", ctx -> json(ctx, index.search(Params.search(ctx))));
    }

    private static Map<String, Object> page(Page<?> p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("offset", p.offset());
        body.put("limit", p.limit());
        body.put("total", p.total());
        body.put("items", p.items());
        return body;
    }

    private static void json(Context ctx, Object body) throws JsonProcessingException {
        ctx.contentType("application/json; charset=utf-8").result(DossierJson.mapper().writeValueAsString(body));
    }
}
