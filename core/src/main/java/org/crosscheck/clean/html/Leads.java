package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's lead, held in a box of its own just before the winning box (or before its parent): it joins
 * the main text when it reads as prose and starts the story. A standfirst that sums the story up instead stays
 * out: most of its words come again in the first paragraphs, or the page's own description opens with it; so
 * does the headline's block (a box holding the h1). The tests are on words and markup, not on any language.
 */
final class Leads {

    // a lead is a summary when at least this share of its words come again in the first paragraphs
    private static final double SUMMARY_SHARE = 0.5;
    // words shorter than this (articles, prepositions) say nothing of the content
    private static final int MIN_WORD = 4;
    private static final int FIRST_PARAGRAPHS = 2;
    private static final String DESCRIPTIONS = "meta[name=description], meta[property=og:description], "
            + "meta[name=twitter:description]";
    // a lead is the page's description when their first characters (up to this many, at least the least) agree
    private static final int DESCRIBED_CHARS = 40;
    private static final int MIN_DESCRIBED = 20;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Leads() {
    }

    /**
     * Adds the lead before the main text's boxes, when there is one.
     *
     * @param top       the winning box
     * @param roots     the main text's boxes so far (the winner first among its siblings)
     * @param stats     the page's counts
     * @param formBoxes elements that held a form (a sign-up pitch is no lead)
     * @return the roots, with the lead first when one was found
     */
    static List<Element> withLead(Element top, List<Element> roots, TextStats stats, Set<Element> formBoxes) {
        Element lead = before(roots.get(0), stats);
        if (lead == null && top.parent() != null) {
            lead = before(top.parent(), stats);
        }
        if (lead == null || formBoxes.contains(lead) || roots.contains(lead) || !ContentScorer.readsAsProse(lead, stats)
                || !lead.getElementsByTag("h1").isEmpty() || summarises(lead, top) || described(lead)) {
            return roots;
        }
        List<Element> out = new ArrayList<>();
        out.add(lead);
        out.addAll(roots);
        return out;
    }

    // the nearest counted sibling before, with text
    private static Element before(Element e, TextStats stats) {
        for (Element s = e.previousElementSibling(); s != null; s = s.previousElementSibling()) {
            if (stats.counted(s) && stats.chars(s) > 0) {
                return s;
            }
        }
        return null;
    }

    /** Whether most of the lead's words come again in the article's first paragraphs. */
    static boolean summarises(Element lead, Element article) {
        Set<String> words = words(lead.text());
        if (words.isEmpty()) {
            return false;
        }
        StringBuilder opening = new StringBuilder();
        int n = 0;
        for (Element p : article.getElementsByTag("p")) {
            if (p.hasText()) {
                opening.append(p.text()).append(' ');
                if (++n == FIRST_PARAGRAPHS) {
                    break;
                }
            }
        }
        if (n == 0) {
            opening.append(article.text());
        }
        Set<String> again = words(opening.toString());
        long shared = words.stream().filter(again::contains).count();
        return shared >= SUMMARY_SHARE * words.size();
    }

    /**
     * Whether the page describes itself (meta description, og:description, twitter:description) in the lead's
     * opening words: such a lead is the page's summary.
     */
    static boolean described(Element lead) {
        Document doc = lead.ownerDocument();
        if (doc == null) {
            return false;
        }
        String text = folded(lead.text());
        for (Element meta : doc.select(DESCRIPTIONS)) {
            String description = folded(meta.attr("content"));
            int n = Math.min(DESCRIBED_CHARS, Math.min(description.length(), text.length()));
            if (n >= MIN_DESCRIBED && description.regionMatches(0, text, 0, n)) {
                return true;
            }
        }
        return false;
    }

    // case and punctuation aside
    private static String folded(String s) {
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (w.length() >= MIN_WORD) {
                out.add(w);
            }
        }
        return out;
    }
}
