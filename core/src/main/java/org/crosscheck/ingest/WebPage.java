package org.crosscheck.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * A fetched web resource.
 *
 * @param url       the URL it was finally served from (after redirects)
 * @param status    the HTTP status (2xx, or 304 when not modified)
 * @param mediaType the declared media type without parameters (e.g. {@code text/html}), or null
 * @param charset   the charset the {@code Content-Type} header declares, or null
 * @param body      the body's bytes, never null
 * @param retrieved when the response arrived (the WARC-Date it is archived under), or null when unknown
 */
public record WebPage(String url, int status, String mediaType, String charset, byte[] body, Instant retrieved) {

    /** HTTP status of a resource not modified since the last fetch. */
    public static final int NOT_MODIFIED = 304;

    /** Checks that url and body are present. */
    public WebPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
    }

    /**
     * Creates a page whose retrieval time is unknown.
     *
     * @param url       the URL it was finally served from
     * @param status    the HTTP status
     * @param mediaType the declared media type, or null
     * @param charset   the declared charset, or null
     * @param body      the body's bytes
     */
    public WebPage(String url, int status, String mediaType, String charset, byte[] body) {
        this(url, status, mediaType, charset, body, null);
    }

    /** Returns true when the server said the resource has not changed since the last fetch. */
    public boolean notModified() {
        return status == NOT_MODIFIED;
    }
}
