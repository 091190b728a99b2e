package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
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

    @Test
    void twoLineBreaksEndAParagraphOneDoesNot() {
        Element root = Jsoup.parse("<div>The ferry left at dawn.<br>It was full.<br> <br>Later that day the wind rose.</div>")
                .body();
        assertThat(TextBlocks.of(root)).containsExactly("The ferry left at dawn. It was full.",
                "Later that day the wind rose.");
    }

    @Test
    void aBoundaryInsideAParagraphMakesBlocksOfItsOwnWithTheirOwners() {
        Element root = Jsoup.parse("<p id=p>Rain fell all night <span id=s>Share this</span> and the river rose.</p>")
                .body();
        Element share = root.getElementById("s");
        List<TextBlocks.Block> blocks = TextBlocks.of(root, Set.of(share));
        assertThat(blocks).extracting(TextBlocks.Block::text).containsExactly("Rain fell all night", "Share this",
                "and the river rose.");
        assertThat(blocks.get(1).owner()).isSameAs(share);
        assertThat(blocks.get(0).owner()).isSameAs(root.getElementById("p"));
    }
}
