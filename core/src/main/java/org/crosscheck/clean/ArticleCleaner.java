package org.crosscheck.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.clean.html.ExtractedPage;
import org.crosscheck.clean.html.HtmlExtractor;
import org.crosscheck.clean.html.ReadabilityHtmlExtractor;
import org.crosscheck.clean.lines.AuthorBio;
import org.crosscheck.clean.lines.CleanText;
import org.crosscheck.clean.lines.LineFacts;
import org.crosscheck.clean.lines.TextCleaner;
import org.crosscheck.clean.meta.OutletNames;
import org.crosscheck.clean.meta.PageMetadata;
import org.crosscheck.model.Article;
import org.crosscheck.model.Metadata;
import org.crosscheck.model.RawDocument;
import org.crosscheck.model.Removal;

/**
 * The clean stage's facade: HTML goes through an {@link HtmlExtractor}, then all text through the
 * {@link TextCleaner}. Metadata, field by field, comes from the first source that has it: the source's
 * firm hints ({@link RawDocument#hints()}: a JSON Lines record's fields, a feed entry's headline and byline),
 * then the page's own metadata ({@link PageMetadata}: JSON-LD, OpenGraph, {@code <meta>}, {@code <time>},
 * canonical URL), then what the text's own lines say (a timestamp or byline line), and last the source's
 * fallback ({@link RawDocument#fallback()}: the URL a page was fetched or archived from, a feed entry's link
 * and date). The text is put in Unicode's composed form (NFC) before the line filters. The retrieval time of
 * a fetched or archived page is kept as {@code retrieved}, never as the publication date.
 */
public final class ArticleCleaner {

    private final HtmlExtractor html;
    private final TextCleaner htmlText;
    private final TextCleaner text;

    /**
     * Creates a cleaner.
     *
     * @param html     extracts main text from HTML pages
     * @param htmlText cleans the extracted blocks of HTML pages line by line
     * @param text     cleans plain text line by line
     */
    public ArticleCleaner(HtmlExtractor html, TextCleaner htmlText, TextCleaner text) {
        this.html = html;
        this.htmlText = htmlText;
        this.text = text;
    }

    /** Creates a cleaner with the standard extractor and chains. */
    public static ArticleCleaner standard() {
        return new ArticleCleaner(new ReadabilityHtmlExtractor(), TextCleaner.forExtractedHtml(), TextCleaner.standard());
    }

    /**
     * Cleans one document.
     *
     * @param doc the raw document
     * @param id  the id to give the article
     * @return the article; its text may be empty, with a warning saying so
     */
    public Article clean(RawDocument doc, String id) {
        Metadata firm = doc.hints();
        String served = firstKnown(firm.url(), doc.fallback().url());
        Metadata known = firm;
        List<Removal> removed = new ArrayList<>();
        CleanText clean;
        if (doc.format() == RawDocument.Format.HTML) {
            ExtractedPage page = html.extract(doc.content(), served);
            known = known.orElse(PageMetadata.of(doc.content(), page.metadata(), served));
            removed.addAll(page.removed());
            clean = htmlText.clean(page.blocks().stream().map(ArticleCleaner::composed).toList());
        } else {
            clean = text.clean(composed(doc.content()));
        }
        removed.addAll(clean.removed());
        LineFacts found = clean.found();
        Metadata meta = known.orElse(new Metadata(null, found.title(), null, found.outlet(), found.published(),
                found.author(), null)).orElse(doc.fallback());
        // the host a page was served from names its publisher; a canonical on another host names the original
        String outlet = firstKnown(meta.outlet(), OutletNames.fromUrl(served), OutletNames.fromUrl(meta.url()),
                found.agency(), OutletNames.fromFurniture(removed));
        AuthorBio.Split text = AuthorBio.remove(clean.text(), meta.author());
        removed.addAll(text.removed());
        List<String> warnings = new ArrayList<>();
        if (text.text().isBlank()) {
            warnings.add("no article text found (everything looked like page furniture)");
        }
        // a language the input does not state is told from the text when it is annotated
        return new Article(id, doc.source(), outlet, meta.url(), meta.title(), meta.published(), meta.author(),
                meta.language(), text.text(), removed, warnings, clean.dateline(), clean.credits(),
                meta.retrieved());
    }

    // one spelling for each character (Unicode NFC): a page may write "য়" or "é" as one code point or as a
    // letter and a combining mark, and search, matching and quoting should not depend on which it chose;
    // only the text is normalised, as the test alone costs a tenth of jsoup's parse on a whole page
    private static String composed(String content) {
        return belowMarks(content) || Normalizer.isNormalized(content, Normalizer.Form.NFC) ? content
                : Normalizer.normalize(content, Normalizer.Form.NFC);
    }

    // a text all below U+0300 (where the combining marks begin) is in NFC already: no character there
    // decomposes or composes with a neighbour; most blocks of Latin-script pages need only this scan
    private static boolean belowMarks(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    private static String firstKnown(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return null;
    }
}
