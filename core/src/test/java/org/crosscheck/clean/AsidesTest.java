package org.crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AsidesTest {

    @Test
    void anAsideInsideTheArticleLeavesButOneHoldingTheArticleStays() {
        Document doc = Jsoup.parse("""
                <div class="content"><p>The coach said the team had needed the win after three defeats.</p>
                <aside id="watch-now"><h2><a href="/live">Watch Now</a></h2><div>1:41</div>
                <div>Injury update before Sunday's game</div></aside>
                <p>The next game is on Sunday at home.</p></div>
                <aside class="layout"><article><p>A page that puts its story in an aside.</p></article></aside>""");
        assertThat(Asides.remove(doc.body())).singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo("Watch Now 1:41 Injury update before Sunday's game"))
                .satisfies(r -> assertThat(r.reason()).isEqualTo("page furniture (<aside>)"));
        assertThat(doc.body().text()).contains("needed the win", "next game", "A page that puts its story");
    }
}
