package org.crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

    @Test
    void looseTextBetweenBlockElementsIsABlockOfItsOwn() {
        Element root = Jsoup.parse("""
                <section>Market stalls opened early on <b>Saturday</b>, and by noon the square was full.<br>
                <h2>Prices</h2><a href="/x"><img src="p.jpg"></a>Apples sold for <a href="/a">two coins</a> a bag.
                <ul><li>Pears: three coins</li></ul>
                <div>A closing line in a <span>div of its own</span>.</div>Last words.</section>""").body();
        assertThat(TextBlocks.of(root)).containsExactly(
                "Market stalls opened early on Saturday, and by noon the square was full.", "Prices",
                "Apples sold for two coins a bag.", "Pears: three coins", "A closing line in a div of its own.",
                "Last words.");
    }

    @Test
    void aParagraphIsOneBlockEvenWithBlocksInsideAndADataRowIsOneLine() {
        Element root = Jsoup.parse("""
                <div><p>One paragraph <span>with a span</span>.</p>
                <blockquote><p>Quoted first.</p><p>Quoted second.</p></blockquote>
                <table><tr><td>1</td><td>Harbour Rovers</td></tr><tr><td><p>Layout cell.</p></td></tr></table>
                </div>""").body();
        assertThat(TextBlocks.of(root)).containsExactly("One paragraph with a span.", "Quoted first. Quoted second.",
                "1 Harbour Rovers", "Layout cell.");
    }

    @Test
    void whitespaceOnlyRunsGiveNoBlock() {
        assertThat(TextBlocks.of(Jsoup.parse("<div> \n <div>\n</div>  </div>").body())).isEmpty();
    }
}
