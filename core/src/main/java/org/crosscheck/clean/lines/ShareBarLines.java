package org.crosscheck.clean.lines;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Marks share and follow bars: short lines made mostly of social-network and sharing words. */
public final class ShareBarLines implements LineFilter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> SHARING = Set.of("share", "shares", "shared", "tweet", "email", "e", "mail",
            "print", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "pinterest", "copy",
            "link", "follow", "us", "on", "this", "article", "story", "save", "comments", "comment", "flipboard",
            "messenger", "vk", "instagram", "youtube", "tiktok", "bluesky", "mastodon", "threads", "rss", "via",
            "and", "or", "the", "page", "subscribe", "bookmark", "gift", "sms");
    private static final int MAX_WORDS = 20;

    @Override
    public void apply(Draft draft) {
        for (int i = 0; i < draft.size(); i++) {
            if (draft.isOpen(i) && isShareBar(draft.line(i))) {
                draft.mark(i, Verdict.boilerplate("share or follow bar"));
            }
        }
    }

    static boolean isShareBar(String line) {
        Matcher m = WORD.matcher(line.toLowerCase(Locale.ROOT));
        int words = 0;
        int sharing = 0;
        boolean network = false;
        while (m.find()) {
            words++;
            String w = m.group();
            if (SHARING.contains(w)) {
                sharing++;
                network |= !Set.of("on", "us", "this", "and", "or", "the", "via", "article", "story", "page")
                        .contains(w);
            }
        }
        return words >= 2 && words <= MAX_WORDS && network && sharing * 10 >= words * 7;
    }
}
