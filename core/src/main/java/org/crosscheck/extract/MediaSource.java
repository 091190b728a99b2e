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

    /** A word, then a capitalised name of one to four words after it ("site DeepState"). */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(
            "(\\p{L}+)\\s+(\\p{Lu}[\\p{L}\\d]*(?:\\s\\p{Lu}[\\p{L}\\d]*){0,3})");

    private final String article;
    private final String text;
    private final EntityIndex entities;
    /**
     * Whether each entity (by id) is a medium: it depends on the entity and the text only, and is asked for every
     * mention before every media noun, while the answer scans the text for each of the entity's names.
     */
    private final java.util.Map<String, Boolean> medium = new java.util.HashMap<>();

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

    /**
     * Finds a source introduced as media between two offsets ("… analysis site DeepState, which published footage
     * of troops who it said were …": what "it" stands for in that sentence).
     *
     * @param from  the earliest offset the source's mention may start at (the sentence's start)
     * @param start start of the pronoun
     * @param end   its end
     * @return a speaker at the pronoun named by the source, or null when none was introduced there
     */
    SpeakerPhrase between(int from, int start, int end) {
        Mention latest = null;
        for (Mention m : entities.mentions(article)) {
            if (m.start() >= from && m.end() <= start && isMedium(entities.of(m))) {
                latest = m;
            }
        }
        if (latest != null) {
            Entity e = entities.of(latest);
            return new SpeakerPhrase(start, end, e.name(), e.id(), false);
        }
        // the tagger may have missed the name here: a capitalised name right after a media noun, as written
        String named = null;
        java.util.regex.Matcher m = NAME.matcher(text.substring(from, start));
        while (m.find()) {
            if (Lexicon.MEDIA.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                named = m.group(2);
            }
        }
        return named == null ? null : new SpeakerPhrase(start, end, named, null, false);
    }

    /**
     * An entity whose name, anywhere in this article (the tagger may have missed the first time), comes right after
     * a media noun ("analysis site DeepState"), whatever type the tagger gave it; a place is never an outlet.
     */
    private boolean isMedium(Entity e) {
        if (e == null || e.type().equals("LOCATION")) {
            return false;
        }
        return medium.computeIfAbsent(e.id(), id -> namedAfterAMediaNoun(e));
    }

    private boolean namedAfterAMediaNoun(Entity e) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Mention m : e.mentions()) {
            if (m.article().equals(article)) {
                names.add(m.text());
            }
        }
        // each name once: an entity named a thousand times the same way is one scan of the text, not a thousand
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                String[] before = words(text.substring(Math.max(0, at - 40), at));
                if (before.length > 0 && Lexicon.MEDIA.contains(before[before.length - 1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a phrase as written ("news site Nordlys Today") holds a noun of news media. */
    private static boolean introducedAsMedium(String phrase) {
        return java.util.Arrays.stream(words(phrase)).anyMatch(Lexicon.MEDIA::contains);
    }

    private static String[] words(String s) {
        return s.toLowerCase(Locale.ROOT).strip().split("[^\\p{L}]+");
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
