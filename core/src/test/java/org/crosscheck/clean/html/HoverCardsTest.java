package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HoverCardsTest {

    @Test
    void aCardInsideASentenceLeavesAndTheNameStays() {
        Document doc = Jsoup.parse("""
                <p>The mayor, <span class="person"><a href="/people/ann-lee">Ann Lee</a><span class="card"><span>
                <img src="lee.jpg"><a href="/people/ann-lee">Ann Lee</a><a href="/a">Harbour plan approved</a>
                <a href="/b">Mayor opens new library</a></span></span></span>, said the bridge would reopen.</p>
                <p>A picture <img src="x.jpg"> with <a href="/c">one link</a> and <a href="/d">another</a> in a
                sentence that is mostly plain words stays where it is.</p>""");
        assertThat(HoverCards.remove(doc.body())).singleElement()
                .satisfies(r -> assertThat(r.text()).startsWith("Ann Lee").endsWith("Mayor opens new library"))
                .satisfies(r -> assertThat(r.reason()).isEqualTo("card shown on hover over a name"));
        assertThat(doc.select("p").get(0).text()).isEqualTo("The mayor, Ann Lee, said the bridge would reopen.");
        assertThat(doc.select("p").get(1).text()).contains("one link and another");
    }
}
