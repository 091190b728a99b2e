package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextStatsTest {

    @Test
    void countsTextLinksCommasAndElementsOnceAndSubtractsWhatLeaves() {
        Element body = Jsoup.parse("<div id=d><p>One,  two, three.</p><p><a href=/x>Link text</a></p>"
                + "<img src=a.jpg><div id=skip>Not counted at all</div></div>").body();
        Element div = body.getElementById("d");
        TextStats stats = TextStats.of(body, Set.of(body.getElementById("skip")));
        assertThat(stats.chars(div)).isEqualTo("One, two, three.".length() + "Link text".length());
        assertThat(stats.commas(div)).isEqualTo(2);
        assertThat(stats.paragraphs(div)).isEqualTo(2);
        assertThat(stats.images(div)).isEqualTo(1);
        assertThat(stats.linkDensity(div)).isEqualTo(9.0 / 25);
        assertThat(stats.counted(body.getElementById("skip"))).isFalse();
        stats.subtract(div.child(1), null);
        assertThat(stats.linkDensity(div)).isZero();
        assertThat(stats.paragraphs(div)).isEqualTo(1);
    }
}
