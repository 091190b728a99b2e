package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentScorerTest {

    private static final String PARAGRAPH = "<p>The harbour council met on Tuesday evening, and after a long debate, "
            + "it voted to repair the old breakwater before winter storms, which last year flooded the fish market.</p>";

    @Test
    void theContainerOfTheParagraphsWinsOverMenusAndLinkLists() {
        Document doc = Jsoup.parse("<body><div id=menu><a href=/a>Home</a> <a href=/b>News</a></div>"
                + "<div id=story>" + PARAGRAPH.repeat(5) + "</div>"
                + "<div id=more><ul><li><a href=/c>Another story about the harbour and its many boats</a></li>"
                + "<li><a href=/d>A second story about the harbour and its many boats</a></li></ul></div></body>");
        ContentScorer.Content content = ContentScorer.find(doc.body(), null);
        assertThat(content.roots()).extracting(e -> e.id()).containsExactly("story");
    }

    @Test
    void anArticleCutIntoManyBoxesWinsOverAPopupHoldingItsParagraphsInOne() {
        String box = "<div class=csc-default><div class=c_element>" + PARAGRAPH.repeat(3) + "</div></div>"
                + "<div class=csc-default><div class=c_element><img src=a.jpg></div></div>";
        String pitch = "<p>Journalism costs money, and good reporting needs time, people and care, so we ask you, "
                + "our readers, to give what you can, once or every month, to keep it free.</p>";
        // the layer's box outscores each of the article's, but holds less than half of the page's prose
        Document doc = Jsoup.parse("<body><div id=wrap><div id=content><div id=col>" + box.repeat(3) + "</div></div>"
                + "</div><div id=layer><div id=inner>" + pitch.repeat(5) + "</div></div></body>");
        ContentScorer.Content content = ContentScorer.find(doc.body(), null);
        assertThat(content.roots()).extracting(e -> e.id()).containsExactly("col");
    }

    @Test
    void aProseSiblingOfTheWinnerJoinsIt() {
        Document doc = Jsoup.parse("<body><div id=wrap><p id=lead>Storm warning: the council closed the harbour road "
                + "at noon, its spokesman said.</p><div id=story>" + PARAGRAPH.repeat(5) + "</div>"
                + "<p id=links><a href=/x>Read more stories from the harbour desk today</a></p></div></body>");
        ContentScorer.Content content = ContentScorer.find(doc.body(), null);
        assertThat(content.roots()).extracting(e -> e.id()).containsExactly("lead", "story");
    }

    @Test
    void theArticleContinuesInProseBoxesBesideTheWinnerInsideTheArticleElement() {
        String lead = "<p>Storm warning: the council closed the harbour road at noon on Tuesday, its spokesman said, "
                + "and asked the owners of the boats moored at the old quay to move them before the tide.</p>";
        Document doc = Jsoup.parse("<body><article><div id=top><div id=lead>" + lead + "</div><figure><img src=a.jpg>"
                + "</figure></div><div id=main><div id=story>" + PARAGRAPH.repeat(5) + "</div><div id=tail>"
                + "<a href=/1>More from the harbour desk</a></div></div></article>"
                + "<div id=other><p>" + lead + "</p></div></body>");
        ContentScorer.Content content = ContentScorer.find(doc.body(), null);
        assertThat(content.roots()).extracting(e -> e.id()).containsExactlyInAnyOrder("story", "top");
    }

    @Test
    void aBoxOfLinksInsideTheArticleIsExcludedWithItsReason() {
        Document doc = Jsoup.parse("<body><div id=story>" + PARAGRAPH.repeat(5)
                + "<div id=box><p><a href=/1>First related story title here</a></p><p><a href=/2>Second related "
                + "story</a> and a word</p></div></div></body>");
        ContentScorer.Content content = ContentScorer.find(doc.body(), null);
        assertThat(content.roots()).extracting(e -> e.id()).containsExactly("story");
        assertThat(content.excluded().get(doc.getElementById("box"))).startsWith("box of links (link text 8");
    }

    @Test
    void whenTheFirstAttemptFindsTooLittleTheArticleInAnUnlikelyContainerIsFoundAgain() {
        Document doc = Jsoup.parse("<body><div class=sidebar-extra id=story>" + PARAGRAPH.repeat(5) + "</div></body>");
        ContentScorer.Content content = ContentScorer.find(doc.body(), null);
        assertThat(content.roots()).extracting(e -> e.id()).containsExactly("story");
        assertThat(content.excluded()).isEmpty();
    }

    @Test
    void theArticleContinuedInABoxOfTheWinnersClassAfterAFigureJoinsIt() {
        String box = "<div class=part id=%s><div><div><div>%s</div></div></div></div>";
        Document doc = Jsoup.parse("<body><div id=post>" + box.formatted("a", PARAGRAPH.repeat(5))
                + "<figure><img src=x.jpg></figure>" + box.formatted("b", PARAGRAPH.repeat(2)) + "</div></body>");
        ContentScorer.Content content = ContentScorer.find(doc.body(), null);
        assertThat(content.roots()).extracting(e -> e.id()).containsExactly("a", "b");
    }

    @Test
    void aLeadBoxBesideTheWinnerInsideTheArticleJoinsItButASignUpBoxDoesNot() {
        String lead = "<div id=intro><div><p>Storm warning: the council closed the harbour road at noon on Tuesday, "
                + "its spokesman said, and asked the owners of the boats at the old quay to move them.</p></div></div>";
        String signUp = "<div id=signup><p>Get the day's harbour news delivered to your inbox every morning by "
                + "subscribing to our newsletter, which is free and sent at six.</p></div>";
        Document doc = Jsoup.parse("<body><article>" + lead + "<div id=story>" + PARAGRAPH.repeat(5) + "</div>"
                + signUp + "</article></body>");
        Set<Element> formBoxes = Set.of(doc.getElementById("signup"));
        ContentScorer.Content content = ContentScorer.find(doc.body(), null, formBoxes);
        assertThat(content.roots()).extracting(e -> e.id()).containsExactlyInAnyOrder("story", "intro");
    }

    @Test
    void anArticleBodyAmongSeveralItempropsMarksTheArticle() {
        String section = "<div class=part><h2>Part</h2><div class=text id=%s>%s</div></div>";
        Document doc = Jsoup.parse("<body><div itemprop='description articleBody'>"
                + section.formatted("one", PARAGRAPH.repeat(2).replace("<p>", "<p>Then ")) + "<br>"
                + section.formatted("two", PARAGRAPH.repeat(5)) + "</div></body>");
        ContentScorer.Content content = ContentScorer.find(doc.body(), null);
        assertThat(content.roots()).anyMatch(e -> e.getElementById("one") != null);
    }

    @Test
    void aLeadThatEndsInAQuestionContinuesTheArticleToo() {
        String lead = "<div id=intro><div><p>The council closed the harbour road at noon on Tuesday and asked the "
                + "owners of the boats at the old quay to move them: will the breakwater hold this winter?</p></div></div>";
        Document doc = Jsoup.parse("<body><article>" + lead + "<div id=story>" + PARAGRAPH.repeat(5)
                + "</div></article></body>");
        ContentScorer.Content content = ContentScorer.find(doc.body(), null);
        assertThat(content.roots()).extracting(e -> e.id()).containsExactlyInAnyOrder("story", "intro");
    }
}
