package org.crosscheck.model;

import java.util.List;

/**
 * A cleaned article: its main text and the metadata found for it.
 *
 * @param id        stable id unique within a dossier (e.g. {@code a3})
 * @param source    the input's path or URL as given ({@code path#key} inside a multi-record file)
 * @param outlet    publisher's name, or null when unknown
 * @param url       the article's URL, or null
 * @param title     headline, or null
 * @param published publication date (ISO-8601) or null
 * @param author    author name(s) or null
 * @param language  ISO 639-1 code, or null
 * @param text      the clean main text; all offsets in the dossier index into it
 * @param removed   everything taken out of the input, with reasons
 * @param warnings  problems noticed that did not stop the article being read
 * @param dateline  the dateline place (e.g. "LONDON, England"), or null
 * @param credits   credit lines such as "AFP contributed reporting."
 * @param retrieved when the page was fetched or archived (ISO-8601 instant), or null; a crawl date, never
 *                  a publication date: {@code published} stays null when no source states one
 */
public record Article(String id, String source, String outlet, String url, String title, String published,
                      String author, String language, String text, List<Removal> removed, List<String> warnings,
                      String dateline, List<String> credits, String retrieved) implements java.io.Serializable {

    /** Makes the lists immutable and never null. */
    public Article {
        removed = List.copyOf(removed == null ? List.of() : removed);
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
        credits = List.copyOf(credits == null ? List.of() : credits);
    }

    /**
     * Creates an article without a retrieval time (the form used before {@code retrieved} existed).
     *
     * @param id        stable id
     * @param source    the input's path or URL as given
     * @param outlet    publisher's name, or null
     * @param url       the article's URL, or null
     * @param title     headline, or null
     * @param published publication date (ISO-8601) or null
     * @param author    author name(s) or null
     * @param language  ISO 639-1 code, or null
     * @param text      the clean main text
     * @param removed   everything taken out of the input, with reasons
     * @param warnings  problems noticed that did not stop the article being read
     * @param dateline  the dateline place, or null
     * @param credits   credit lines
     */
    public Article(String id, String source, String outlet, String url, String title, String published,
                   String author, String language, String text, List<Removal> removed, List<String> warnings,
                   String dateline, List<String> credits) {
        this(id, source, outlet, url, title, published, author, language, text, removed, warnings, dateline,
                credits, null);
    }

    /**
     * Returns a copy with another id.
     *
     * @param newId the id to give the copy
     * @return the same article under {@code newId}
     */
    public Article withId(String newId) {
        return new Article(newId, source, outlet, url, title, published, author, language, text, removed, warnings,
                dateline, credits, retrieved);
    }

    /**
     * Returns a copy with another text and removals (a corpus-level cleaning step), keeping everything else.
     *
     * @param newText    the new clean text
     * @param newRemoved the removals, including the new ones
     * @return the same article with that text
     */
    public Article withText(String newText, List<Removal> newRemoved) {
        return new Article(id, source, outlet, url, title, published, author, language, newText, newRemoved,
                warnings, dateline, credits, retrieved);
    }

    /**
     * Returns a copy with another outlet name.
     *
     * @param newOutlet the outlet name, may be null
     * @return the same article with that outlet
     */
    public Article withOutlet(String newOutlet) {
        return new Article(id, source, newOutlet, url, title, published, author, language, text, removed, warnings,
                dateline, credits, retrieved);
    }

    /**
     * Returns a copy with another language.
     *
     * @param newLanguage the ISO 639-1 code, may be null
     * @return the same article in that language
     */
    public Article withLanguage(String newLanguage) {
        return new Article(id, source, outlet, url, title, published, author, newLanguage, text, removed, warnings,
                dateline, credits, retrieved);
    }

    /**
     * Returns a copy with one more warning.
     *
     * @param warning the problem noticed, in the user's words
     * @return the same article with the warning added after its others
     */
    public Article withWarning(String warning) {
        List<String> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new Article(id, source, outlet, url, title, published, author, language, text, removed, more,
                dateline, credits, retrieved);
    }
}
