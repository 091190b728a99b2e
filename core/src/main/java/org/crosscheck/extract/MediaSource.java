package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;

/**
 * What "the outlet", "the site" or "the newspaper" stands for: the source last introduced with a noun of news
 * media ("the news site Nordlys Today reported …", "analysis site DeepState, which published …"), whichever of
 * the media nouns introduced it. Input: the article's text, its entities and the speakers found so far.
 */
final class MediaSource {

    /** How many words before a name a media noun may stand to introduce it ("Ukrainian battlefield analysis site"). */
    private static final int MAX_WORDS_BEFORE = 3;

    private final String article;
    private final String text;
    private final EntityIndex entities;

    MediaSource(String article, String text, EntityIndex entities) {
        this.article = article;
        this.text = text;
        this.entities = entities;
    }

    /**
     * Finds the source a media noun stands for.
     *
     * @param start   start of the phrase ("the outlet")
     * @param end     its end
     * @param history earlier speakers of the article, latest last
     * @return a speaker at the phrase named by the source, or null when no earlier source was introduced as media
     */
    SpeakerPhrase before(int start, int end, List<SpeakerPhrase> history) {
        Mention latest = null;
        for (Mention m : entities.mentions(article)) {
            if (m.end() <= start && isMedium(entities.of(m))) {
                latest = m;
            }
        }
        SpeakerPhrase described = null;
        for (SpeakerPhrase h : history) {
            if (h.entity() == null && h.end() <= start && introducedAsMedium(h.text())) {
                described = h;
            }
        }
        if (described != null && (latest == null || described.start() > latest.start())) {
            return new SpeakerPhrase(start, end, name(described.text()), null, false);
        }
        if (latest == null) {
            return null;
        }
        Entity e = entities.of(latest);
        return new SpeakerPhrase(start, end, e.name(), e.id(), false);
    }

    /** An entity one of whose mentions in this article a media noun introduces. */
    private boolean isMedium(Entity e) {
        if (e == null || e.type().equals("PERSON") || e.type().equals("LOCATION")) {
            return false;
        }
        for (Mention m : e.mentions()) {
            if (m.article().equals(article) && introducedAsMedium(
                    text.substring(Math.max(0, m.start() - 60), m.start()))) {
                return true;
            }
        }
        return false;
    }

    /** True when one of the last few words (or any word of a phrase as written) is a noun of news media. */
    private static boolean introducedAsMedium(String before) {
        String[] words = before.toLowerCase(Locale.ROOT).strip().split("[^\\p{L}]+");
        for (int k = Math.max(0, words.length - MAX_WORDS_BEFORE); k < words.length; k++) {
            if (Lexicon.MEDIA.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    /** "news site Nordlys Today" → "Nordlys Today": the capitalised name after the describing words. */
    private static String name(String phrase) {
        String[] words = phrase.split("\\s+");
        int k = 0;
        while (k < words.length - 1 && !Character.isUpperCase(words[k].charAt(0))) {
            k++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
    }
}
