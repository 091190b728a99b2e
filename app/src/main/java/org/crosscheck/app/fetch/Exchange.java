package org.crosscheck.app.fetch;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.Map;

/**
 * One HTTP request and its response, as sent and received (before redirects are followed).
 *
 * @param uri            the URL requested
 * @param requestHeaders the headers Crosscheck set on the request
 * @param status         the response status
 * @param headers        the response headers
 * @param body           the response body
 * @param date           when the response arrived
 */
record Exchange(URI uri, Map<String, String> requestHeaders, int status, HttpHeaders headers, byte[] body,
                Instant date) {

    /** Returns true for a redirect status that carries a Location. */
    boolean isRedirect() {
        return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
                && headers.firstValue("location").isPresent();
    }

    /** Returns true for a status worth retrying: too many requests, or a server error that may pass. */
    boolean isRetryable() {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    /** Returns the Content-Type header, or null. */
    String contentType() {
        return headers.firstValue("content-type").orElse(null);
    }
}
