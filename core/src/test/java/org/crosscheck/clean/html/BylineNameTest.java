package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BylineNameTest {

    private static String name(String html) {
        Element body = Jsoup.parse(html).body();
        return BylineName.of(body.child(0));
    }

    @Test
    void aPlainNameOrTheMarkedPartIsTheAuthor() {
        assertThat(name("<div class=byline>By Anna Keller</div>")).isEqualTo("Anna Keller");
        assertThat(name("<div class=byline><a href=/author/ruth>Ruth Calloway</a> November 7, 2026 at 9:05</div>"))
                .isEqualTo("Ruth Calloway");
        assertThat(name("<div class=byline><span itemprop=author>Tom Marsh</span> @tmarsh · 3 min read</div>"))
                .isEqualTo("Tom Marsh");
    }

    @Test
    void aBylineWithDatesOrHandlesAndNoMarkedNameGivesNone() {
        assertThat(name("<div class=byline>Anna Keller November 3, 2026</div>")).isNull();
        assertThat(name("<div class=byline>admin - 2026-11-03</div>")).isNull();
        assertThat(name("<div class=byline>Posted on Tuesday</div>")).isNull();
    }
}
