package org.crosscheck.app.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.ingest.InputException;

/**
 * Fetches and caches each host's robots.txt and answers whether a URL may be fetched and how long to
 * wait between requests (crawler-commons parses the rules). A missing robots.txt (4xx) allows everything;
 * a server error defers the host, as Google and crawler-commons do.
 */
final class RobotsRules {

    /** Fetches one robots.txt; answers its exchange, or throws when the host cannot be reached. */
    interface Loader {
        Exchange load(URI robots) throws InputException;
    }

    private final String agent;
    private final Duration maxCrawlDelay;
    private final Loader loader;
    private final Map<String, BaseRobotRules> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    RobotsRules(String agent, Duration maxCrawlDelay, Loader loader) {
        this.agent = agent;
        this.maxCrawlDelay = maxCrawlDelay;
        this.loader = loader;
    }

    /**
     * Checks a URL against its host's robots.txt.
     *
     * @param uri the page
     * @throws InputException when robots.txt forbids it or the host asks crawlers to come back later
     */
    void check(URI uri) throws InputException {
        BaseRobotRules rules = rules(uri);
        if (rules.isDeferVisits()) {
            throw new InputException("robots.txt of " + uri.getHost() + " could not be read (server error); "
                    + "the host is not fetched for now");
        }
        if (!rules.isAllowed(uri.toString())) {
            throw new InputException("robots.txt of " + uri.getHost() + " does not allow fetching this page");
        }
    }

    /**
     * Returns how long to wait between requests to the URL's host by its robots.txt, capped.
     *
     * @param uri      a page on the host (its robots.txt must already have been read by {@link #check})
     * @param fallback the delay when robots.txt sets none
     * @return the larger of the fallback and the host's Crawl-delay (capped)
     */
    Duration delay(URI uri, Duration fallback) {
        BaseRobotRules rules = cache.get(HttpFetcher.hostKey(uri));
        if (rules == null || rules.getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY) {
            return fallback;
        }
        Duration asked = Duration.ofMillis(Math.min(rules.getCrawlDelay(), maxCrawlDelay.toMillis()));
        return asked.compareTo(fallback) > 0 ? asked : fallback;
    }

    private BaseRobotRules rules(URI uri) throws InputException {
        String key = HttpFetcher.hostKey(uri);
        BaseRobotRules known = cache.get(key);
        if (known != null) {
            return known;
        }
        // One fetch of robots.txt per host: threads asking for the same host wait for the first.
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            BaseRobotRules rules = cache.get(key);
            if (rules == null) {
                rules = load(uri);
                cache.put(key, rules);
            }
            return rules;
        }
    }

    private BaseRobotRules load(URI uri) throws InputException {
        URI robots = uri.resolve("/robots.txt");
        Exchange e = loader.load(robots);
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        if (e.status() >= 200 && e.status() < 300) {
            return parser.parseContent(robots.toString(), e.body(), e.contentType(), List.of(agent));
        }
        return parser.failedFetch(e.status());
    }
}
