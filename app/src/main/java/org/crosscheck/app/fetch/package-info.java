/**
 * Polite fetching of web pages for {@code crosscheck fetch} and URL inputs of {@code analyze}: robots.txt
 * (crawler-commons), a per-host rate limit and concurrency cap, redirects with loop detection, timeouts, a
 * size cap, retries with backoff, conditional requests, and a WARC record of every exchange (jwarc). It
 * implements core's {@link org.crosscheck.ingest.WebClient}, so core itself holds no network code.
 */
package org.crosscheck.app.fetch;
