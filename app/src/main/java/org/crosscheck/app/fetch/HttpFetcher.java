package org.crosscheck.app.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.crosscheck.ingest.InputException;
import org.crosscheck.ingest.WebClient;
import org.crosscheck.ingest.WebPage;
import org.netpreserve.jwarc.MediaType;

/**
 * Fetches pages politely with the JDK's HttpClient: robots.txt first, a per-host rate limit and
 * concurrency cap, redirects followed one hop at a time (each hop checked against robots.txt; loops and
 * long chains refused), a connect timeout and a deadline for the whole response, a size cap, retries with
 * exponential backoff (or Retry-After) on 429, 5xx and connection failures, conditional requests from
 * remembered validators, and every exchange written to a WARC archive when one is given.
 */
public final class HttpFetcher implements WebClient, AutoCloseable {

    private final FetchSettings settings;
    private final HttpClient client;
    private final HostLimiter limiter;
    private final RobotsRules robots;
    private final Validators validators;
    private final FetchArchive archive;

    private HttpFetcher(FetchSettings settings, Validators validators, FetchArchive archive) {
        this.settings = settings;
        this.validators = validators;
        this.archive = archive;
        // HTTP/1.1: no h2c upgrade attempts on plain http (some servers answer them badly), and the archive's
        // records are HTTP/1.1 messages as exchanged.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(settings.connectTimeout()).build();
        this.limiter = new HostLimiter(settings.hostConcurrency());
        this.robots = new RobotsRules(settings.robotsAgent(), settings.maxCrawlDelay(), this::robotsTxt);
    }

    /**
     * Creates a fetcher that remembers nothing between runs.
     *
     * @param settings politeness, timeouts and caps
     * @param archive  where exchanges are recorded, or null
     * @return the fetcher
     */
    public static HttpFetcher create(FetchSettings settings, FetchArchive archive) {
        return new HttpFetcher(settings, Validators.none(), archive);
    }

    /**
     * Creates a fetcher that sends conditional requests from, and remembers validators in, a state file.
     *
     * @param settings  politeness, timeouts and caps
     * @param archive   where exchanges are recorded, or null
     * @param stateFile the JSON file of ETags and Last-Modified dates (read now, written by {@link #close})
     * @return the fetcher
     */
    public static HttpFetcher remembering(FetchSettings settings, FetchArchive archive, java.nio.file.Path stateFile) {
        return new HttpFetcher(settings, Validators.load(stateFile), archive);
    }

    @Override
    public WebPage get(String url) throws InputException {
        URI start = parse(url);
        List<URI> chain = new ArrayList<>(List.of(start));
        URI current = start;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            robots.check(current);
            Exchange e = withRetries(current, hop == 0 ? validators.get(url) : null);
            if (e.isRedirect()) {
                current = next(current, e, chain);
                continue;
            }
            if (e.status() == WebPage.NOT_MODIFIED) {
                return new WebPage(current.toString(), e.status(), null, null, new byte[0]);
            }
            if (e.status() < 200 || e.status() >= 300) {
                throw new InputException("HTTP status " + e.status() + " from " + current);
            }
            validators.remember(url, e.headers());
            MediaType type = e.contentType() == null ? null : MediaType.parseLeniently(e.contentType());
            return new WebPage(current.toString(), e.status(), type == null ? null : type.base().toString(),
                    type == null ? null : type.parameters().get("charset"), e.body(), e.date());
        }
        throw new InputException("too many redirects (more than " + settings.maxRedirects() + ")");
    }

    private static URI next(URI current, Exchange e, List<URI> chain) throws InputException {
        URI target;
        try {
            target = current.resolve(new URI(e.headers().firstValue("location").orElseThrow().trim()));
        } catch (URISyntaxException | IllegalArgumentException ex) {
            throw new InputException("redirect to an invalid URL from " + current);
        }
        if (chain.contains(target)) {
            chain.add(target);
            throw new InputException("redirect loop: " + String.join(" -> ", chain.stream().map(URI::toString)
                    .toList()));
        }
        if (!isHttp(target)) {
            throw new InputException("redirect to a URL that is not http or https: " + target);
        }
        chain.add(target);
        return target;
    }

    private static URI parse(String url) throws InputException {
        try {
            URI uri = new URI(url.trim());
            if (!isHttp(uri) || uri.getHost() == null) {
                throw new InputException("not an http or https URL");
            }
            return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? uri.resolve("/") : uri;
        } catch (URISyntaxException e) {
            throw new InputException("not a valid URL (" + e.getReason() + ")");
        }
    }

    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    /**
     * Names a URL's host the way rate limits and robots.txt group requests: host, and port when not default.
     *
     * @param uri the URL
     * @return e.g. {@code news.example} or {@code 127.0.0.1:8080}
     */
    static String hostKey(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
    }

    private Exchange robotsTxt(URI robotsUri) throws InputException {
        return withRetries(robotsUri, null);
    }

    private Exchange withRetries(URI uri, Validators.Validator validator) throws InputException {
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt >= settings.retries();
            try {
                Exchange e = once(uri, validator);
                if (!e.isRetryable() || last) {
                    return e;
                }
                pause(retryAfter(e).orElse(backoff(attempt)));
            } catch (Failure f) {
                if (!f.retryable || last) {
                    throw new InputException(f.getMessage());
                }
                pause(backoff(attempt));
            }
        }
    }

    private Duration backoff(int attempt) {
        return settings.backoff().multipliedBy(1L << Math.min(attempt, 16));
    }

    private java.util.Optional<Duration> retryAfter(Exchange e) {
        return e.headers().firstValue("retry-after").flatMap(v -> {
            try {
                long seconds = Long.parseLong(v.trim());
                return java.util.Optional.of(Duration.ofSeconds(Math.min(Math.max(seconds, 0),
                        settings.maxRetryAfter().toSeconds())));
            } catch (NumberFormatException ex) {
                return java.util.Optional.empty();
            }
        });
    }

    private static void pause(Duration d) throws InputException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted");
        }
    }

    /** A failed attempt, with whether trying again may help. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean retryable;

        Failure(String message, boolean retryable) {
            super(message);
            this.retryable = retryable;
        }
    }

    private Exchange once(URI uri, Validators.Validator validator) throws Failure, InputException {
        Map<String, String> headers = headers(validator);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(settings.readTimeout());
        headers.forEach(request::header);
        try {
            // one request at a time per host: the slot is held until the answer is in (try/finally, as nothing
            // reads it)
            HostLimiter.Slot slot = limiter.enter(hostKey(uri), robots.delay(uri, settings.hostDelay()));
            try {
                CompletableFuture<java.net.http.HttpResponse<byte[]>> future =
                        client.sendAsync(request.build(), CappedBody.handler(settings.maxBytes()));
                java.net.http.HttpResponse<byte[]> response = await(future);
                Exchange e = new Exchange(uri, headers, response.statusCode(), response.headers(), response.body(),
                        Instant.now());
                record(e);
                return e;
            } finally {
                slot.close();
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted");
        }
    }

    private Map<String, String> headers(Validators.Validator validator) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", settings.userAgent());
        headers.put("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                + "application/xml;q=0.9,*/*;q=0.5");
        if (validator != null && validator.etag() != null) {
            headers.put("If-None-Match", validator.etag());
        }
        if (validator != null && validator.lastModified() != null) {
            headers.put("If-Modified-Since", validator.lastModified());
        }
        return headers;
    }

    /** Waits for the whole response within the read timeout; a late response is cancelled. */
    private <T> T await(CompletableFuture<T> future) throws Failure, InterruptedException {
        long millis = settings.readTimeout().toMillis();
        try {
            return future.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Failure("timed out after " + seconds(settings.readTimeout()) + " waiting for the page", false);
        } catch (ExecutionException e) {
            throw describe(e.getCause());
        }
    }

    private Failure describe(Throwable cause) {
        if (has(cause, CappedBody.TooLarge.class)) {
            return new Failure(find(cause, CappedBody.TooLarge.class).getMessage(), false);
        }
        if (has(cause, HttpConnectTimeoutException.class)) {
            return new Failure("could not connect within " + seconds(settings.connectTimeout()), true);
        }
        if (has(cause, HttpTimeoutException.class)) {
            return new Failure("timed out after " + seconds(settings.readTimeout()) + " waiting for the page", false);
        }
        if (has(cause, UnresolvedAddressException.class) || has(cause, java.net.UnknownHostException.class)) {
            return new Failure("unknown host", false);
        }
        if (has(cause, ConnectException.class)) {
            return new Failure("cannot connect to the host (connection refused or unreachable)", true);
        }
        return new Failure("network error (" + message(cause) + ")", true);
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        return find(t, type) != null;
    }

    private static Throwable find(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return c;
            }
        }
        return null;
    }

    private static String message(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private void record(Exchange e) throws InputException {
        if (archive == null) {
            return;
        }
        try {
            archive.write(e);
        } catch (IOException ex) {
            throw new InputException("cannot write the archive " + archive.file() + ": " + ex.getMessage());
        }
    }

    /**
     * Saves remembered validators and closes the archive.
     *
     * @throws IOException when either cannot be written
     */
    @Override
    public void close() throws IOException {
        try {
            validators.save();
        } finally {
            if (archive != null) {
                archive.close();
            }
        }
    }
}
