package org.crosscheck.clean.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Keeps embedded social posts in reach of the main text: pages quote posts as a {@code <blockquote>} that
 * the platform's script dresses up (twitter-tweet, instagram-media, tiktok-embed, ...), often inside a
 * wrapper named "social-embed" that furniture rules would take for a share bar. A wrapper that holds nothing
 * but the post is replaced by the post itself, so the quoted text is judged as the article's own block quote.
 */
final class EmbeddedPosts {

    // the classes the platforms' block quotes carry
    private static final List<String> POSTS = List.of("twitter-tweet", "twitter-video", "instagram-media",
            "tiktok-embed", "reddit-card", "bluesky-embed", "mastodon-embed");
    // how far up a wrapper may sit above the post
    private static final int MAX_LEVELS = 4;

    private EmbeddedPosts() {
    }

    /**
     * Replaces each embedded post's wrappers (up to a few levels, each holding no text but the post's) by the post.
     *
     * @param root the page body (changed in place)
     * @return how many posts were unwrapped
     */
    static int unwrap(Element root) {
        int unwrapped = 0;
        for (Element post : root.getElementsByTag("blockquote")) {
            if (POSTS.stream().noneMatch(post::hasClass)) {
                continue;
            }
            int length = post.text().length();
            Element wrapper = null;
            Element up = post.parent();
            for (int level = 0; level < MAX_LEVELS && up != null && up != root && !up.nameIs("body") && !up.nameIs("article")
                    && !up.nameIs("main")
                    && up.text().length() == length; level++) {
                wrapper = up;
                up = up.parent();
            }
            if (wrapper != null) {
                wrapper.replaceWith(post);
                unwrapped++;
            }
        }
        return unwrapped;
    }
}
