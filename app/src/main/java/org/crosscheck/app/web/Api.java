package org.crosscheck.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crosscheck.app.store.Page;
import org.crosscheck.model.Event;
import org.crosscheck.report.DossierJson;

/** The REST API: contract records as JSON, lists paged ({@code offset}, {@code limit} ≤ 100). See docs/API.md. */
final class Api {

    private final ServedStore served;

    Api(ServedStore served) {
        this.served = served;
    }

    /**
     * Registers the routes.
     *
     * @param app the server
     */
    void register(Javalin app) {
        app.get("/api/articles", served.reading((v, ctx) -> json(ctx, page(v.q.articles(Params.text(ctx, "outlet"),
                Params.text(ctx, "language"), Params.offset(ctx), Params.limit(ctx))))));
        app.get("/api/articles/{id}", served.reading((v, ctx) -> {
            String id = ctx.pathParam("id");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("article", v.q.article(id).orElseThrow(() -> new NotFoundResponse("no article " + id)));
            body.put("statements", v.q.statementsIn(id));
            body.put("figures", v.q.figuresIn(id));
            body.put("entities", v.q.entitiesIn(id));
            body.put("events", v.q.eventsOf(id));
            json(ctx, body);
        }));
        app.get("/api/events", served.reading((v, ctx) -> json(ctx, Map.of("items", v.q.events(), "stories",
                v.q.stories()))));
        app.get("/api/events/{id}", served.reading((v, ctx) -> {
            String id = ctx.pathParam("id");
            Event e = v.q.event(id).orElseThrow(() -> new NotFoundResponse("no event " + id));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("event", e);
            body.put("comparisons", v.q.comparisonsOf(id));
            body.put("copies", v.q.copiesAmong(e.articles()));
            json(ctx, body);
        }));
        app.get("/api/figures", served.reading((v, ctx) -> json(ctx, page(v.q.figures(Params.text(ctx, "kind"),
                Params.text(ctx, "article"), Params.offset(ctx), Params.limit(ctx))))));
        app.get("/api/statements", served.reading((v, ctx) -> json(ctx, page(v.q.statements(Params.text(ctx,
                "speaker"), Params.text(ctx, "article"), Params.offset(ctx), Params.limit(ctx))))));
        app.get("/api/entities", served.reading((v, ctx) -> json(ctx, page(v.q.entities(Params.text(ctx, "type"),
                Params.offset(ctx), Params.limit(ctx))))));
        app.get("/api/entities/{id}", served.reading((v, ctx) -> {
            String id = ctx.pathParam("id");
            json(ctx, v.q.entity(id).orElseThrow(() -> new NotFoundResponse("no entity " + id)));
        }));
        app.get("/api/search", served.reading((v, ctx) -> json(ctx, v.index.search(Params.search(ctx)))));
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
