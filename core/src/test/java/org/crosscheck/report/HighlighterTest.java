package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    @Test
    void overlappingSpansBecomeFlatSegmentsAndTextIsEscaped() {
        String text = "<b>At least 12</b> killed, she said.";
        String html = Highlighter.render(text, List.of(
                new Highlighter.Span(0, 36, "st", "s1", "statement"),
                new Highlighter.Span(3, 14, "fig", "f1", "figure <x>")));
        assertThat(html).doesNotContain("<b>").contains("&lt;b&gt;");
        assertThat(html).contains("id=\"s1\"").contains("id=\"f1\"").contains("class=\"hl st fig\"")
                .contains("data-ids=\"s1 f1\"");
        assertThat(html).contains("figure &lt;x&gt;");
        assertThat(html.split("<span", -1)).hasSize(4);
    }

    @Test
    void aLinkingSpanBecomesALinkAndLineBreaksStay() {
        String html = Highlighter.render("Lina Hart\nsaid", List.of(
                new Highlighter.Span(0, 9, "mention", null, "/entities/e1", "PERSON: Lina Hart")));
        assertThat(html).isEqualTo("<a class=\"hl mention\" title=\"PERSON: Lina Hart\" href=\"/entities/e1\">"
                + "Lina Hart</a><br>said");
    }

    @Test
    void spansOutsideTheTextAreIgnored() {
        assertThat(Highlighter.render("abc", List.of(new Highlighter.Span(2, 9, "fig", "f1", "t")))).isEqualTo("abc");
    }
}
