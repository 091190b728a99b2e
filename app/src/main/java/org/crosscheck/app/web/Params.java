package org.crosscheck.app.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.crosscheck.app.search.SearchIndex;
import org.crosscheck.app.search.SearchQuery;

/** Reads request parameters with bounds: strings are cut short, numbers clamped, bad numbers refused. */
final class Params {

    /** Default page size. */
    static final int DEFAULT_LIMIT = 20;
    /** Largest page size. */
    static final int MAX_LIMIT = 100;
    private static final int MAX_TEXT = 500;

    private Params() {
    }

    /**
     * Reads an optional text parameter.
     *
     * @param ctx  the request
     * @param name the parameter
     * @return the trimmed value cut to 500 characters, or null when absent or blank
     */
    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        v = v.trim();
        return v.length() > MAX_TEXT ? v.substring(0, MAX_TEXT) : v;
    }

    /**
     * Reads a bounded integer.
     *
     * @param ctx  the request
     * @param name the parameter
     * @param dflt the value when absent
     * @param min  smallest value
     * @param max  largest value
     * @return the value, clamped
     * @throws BadRequestResponse when the value is not a number
     */
    static int number(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(v.trim())));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a number");
        }
    }

    /** Reads {@code offset} (0..100000). */
    static int offset(Context ctx) {
        return number(ctx, "offset", 0, 0, 100_000);
    }

    /** Reads {@code limit} (1..100, default 20). */
    static int limit(Context ctx) {
        return number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    /**
     * Reads a search from {@code q, type, outlet, language, speaker, kind, event, from, to, offset, limit}.
     *
     * @param ctx the request
     * @return the query
     */
    static SearchQuery search(Context ctx) {
        return new SearchQuery(text(ctx, "q"), text(ctx, "type"), text(ctx, "outlet"), text(ctx, "language"),
                text(ctx, "speaker"),
                text(ctx, "kind"), text(ctx, "event"), SearchIndex.date(text(ctx, "from")),
                SearchIndex.date(text(ctx, "to")), offset(ctx), limit(ctx));
    }
}
