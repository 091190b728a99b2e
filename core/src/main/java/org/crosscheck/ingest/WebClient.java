package org.crosscheck.ingest;

/**
 * Fetches a resource from the web. Core only declares it, so that it holds no network code; the app module
 * implements it politely (robots.txt, rate limits, retries, size caps) and records what it fetched.
 */
public interface WebClient {

    /**
     * Fetches a URL, following redirects.
     *
     * @param url an absolute http or https URL
     * @return the resource as finally served (status 200-class, or 304 when not modified since the last fetch)
     * @throws InputException when it cannot be fetched, with a one-line reason (robots.txt, timeout, too large,
     *                        HTTP status, unreachable host …)
     */
    WebPage get(String url) throws InputException;
}
