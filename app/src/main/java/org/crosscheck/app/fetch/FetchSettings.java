package org.crosscheck.app.fetch;

import java.time.Duration;

/**
 * How politely and patiently to fetch.
 *
 * @param userAgent       the User-Agent header, naming Crosscheck
 * @param robotsAgent     the name looked up in robots.txt groups
 * @param connectTimeout  longest wait to open a connection
 * @param readTimeout     longest wait for a whole response (headers and body)
 * @param maxBytes        largest body read; a larger page is refused as soon as the cap is passed
 * @param maxRedirects    most redirects followed from one URL
 * @param retries         retries after a 429, a 5xx or a connection failure
 * @param backoff         wait before the first retry; doubled for each further one
 * @param maxRetryAfter   longest Retry-After honoured
 * @param hostDelay       least time between two requests to one host (robots.txt Crawl-delay may raise it)
 * @param maxCrawlDelay   longest robots.txt Crawl-delay honoured
 * @param hostConcurrency most requests in flight to one host
 */
public record FetchSettings(String userAgent, String robotsAgent, Duration connectTimeout, Duration readTimeout,
                            long maxBytes, int maxRedirects, int retries, Duration backoff, Duration maxRetryAfter,
                            Duration hostDelay, Duration maxCrawlDelay, int hostConcurrency) {

    /** The name Crosscheck goes by in robots.txt. */
    public static final String ROBOTS_AGENT = "crosscheck";

    /**
     * Returns the defaults: 1 s between requests to a host, 2 at a time, 10 s to connect, 30 s per response,
     * 5 MiB per page, 10 redirects, 3 retries from 1 s.
     *
     * @param version the tool's version, for the User-Agent
     * @return the settings
     */
    public static FetchSettings defaults(String version) {
        return new FetchSettings("Crosscheck/" + version + " (news analysis for fact-checkers; honours robots.txt)",
                ROBOTS_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 5L << 20, 10, 3, Duration.ofSeconds(1),
                Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(30), 2);
    }

    /**
     * Returns these settings with other timeouts.
     *
     * @param connect longest wait to connect
     * @param read    longest wait for a whole response
     * @return the settings
     */
    public FetchSettings withTimeouts(Duration connect, Duration read) {
        return new FetchSettings(userAgent, robotsAgent, connect, read, maxBytes, maxRedirects, retries, backoff,
                maxRetryAfter, hostDelay, maxCrawlDelay, hostConcurrency);
    }

    /**
     * Returns these settings with another size cap.
     *
     * @param bytes largest body read
     * @return the settings
     */
    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(userAgent, robotsAgent, connectTimeout, readTimeout, bytes, maxRedirects, retries,
                backoff, maxRetryAfter, hostDelay, maxCrawlDelay, hostConcurrency);
    }

    /**
     * Returns these settings with another politeness.
     *
     * @param delay       least time between two requests to one host
     * @param concurrency most requests in flight to one host
     * @return the settings
     */
    public FetchSettings withHostLimits(Duration delay, int concurrency) {
        return new FetchSettings(userAgent, robotsAgent, connectTimeout, readTimeout, maxBytes, maxRedirects,
                retries, backoff, maxRetryAfter, delay, maxCrawlDelay, concurrency);
    }

    /**
     * Returns these settings with another retry policy.
     *
     * @param count how many retries
     * @param first wait before the first retry
     * @return the settings
     */
    public FetchSettings withRetries(int count, Duration first) {
        return new FetchSettings(userAgent, robotsAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, count,
                first, maxRetryAfter, hostDelay, maxCrawlDelay, hostConcurrency);
    }
}
