package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The lead of an article whose headline block is a {@code <header>}: pages put the headline, the byline, the
 * date and the opening paragraph ("Seit Dezember 2015 verschickt …") in one {@code <header>}. The header is
 * furniture, its lead is not: the lead's paragraphs are moved out just after the header before the header
 * goes. A site's banner (role "banner", or one holding navigation or a form) has no lead; a standfirst set
 * as a heading (h2, h3) or repeated by the story's opening paragraphs stays with the header. The tests are on
 * markup and sentence shape, not on any language.
 */
final class HeaderLeads {

    // a lead paragraph reads as a sentence of this many words at least (a kicker or a date is shorter)
    private static final int LEAD_WORDS = 12;
    private static final double LEAD_LINKS = 0.25;
    private static final Set<String> LEAD_TAGS = Set.of("p", "div");
    private static final Set<String> BLOCK_CHILDREN = Set.of("p", "div", "ul", "ol", "h1", "h2", "h3", "h4",
            "table", "section", "figure", "blockquote");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。।؟…][\"'»“”’)]?$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HeaderLeads() {
    }

    /**
     * Moves the lead paragraphs of an article's header out of it, just after it.
     *
     * @param header a {@code <header>} about to be removed as furniture
     * @return the paragraphs moved (none when the header is a site banner or holds no headline)
     */
    static List<Element> moveOut(Element header) {
        if (!holdsHeadline(header)) {
            return List.of();
        }
        Element story = storyAfter(header);
        List<Element> leads = new ArrayList<>();
        for (Element e : header.getAllElements()) {
            if (e != header && LEAD_TAGS.contains(e.normalName()) && isLead(e) && !insideAny(e, leads)
                    && (story == null || !Leads.summarises(e, story))) {
                leads.add(e);
            }
        }
        Element after = header;
        for (Element lead : leads) {
            lead.remove();
            after.after(lead);
            after = lead;
        }
        return leads;
    }

    // the first box after the header that holds paragraphs: a lead that its opening repeats is a summary (or
    // the same paragraph printed twice)
    private static Element storyAfter(Element header) {
        for (Element s = header.nextElementSibling(); s != null; s = s.nextElementSibling()) {
            if (s.nameIs("p") || !s.getElementsByTag("p").isEmpty()) {
                return s;
            }
        }
        return null;
    }

    // an article's header holds its h1; a site banner says so, or holds the site's menu or search form
    private static boolean holdsHeadline(Element header) {
        return !"banner".equals(header.attr("role")) && !header.getElementsByTag("h1").isEmpty()
                && header.getElementsByTag("nav").isEmpty() && header.getElementsByTag("form").isEmpty();
    }

    private static boolean isLead(Element e) {
        for (Element child : e.children()) {
            if (BLOCK_CHILDREN.contains(child.normalName())) {
                return false;
            }
        }
        String text = e.text().strip();
        if (text.isEmpty() || SPACES.split(text).length < LEAD_WORDS || !SENTENCE_END.matcher(text).find()) {
            return false;
        }
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
            links += a.text().length();
        }
        return links <= LEAD_LINKS * text.length();
    }

    private static boolean insideAny(Element e, List<Element> leads) {
        for (Element lead : leads) {
            if (e.parents().contains(lead)) {
                return true;
            }
        }
        return false;
    }
}
