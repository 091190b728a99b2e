package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private static List<String> contents(String text) {
        return QuoteFinder.find(text).stream().map(q -> text.substring(q.contentStart(), q.contentEnd())).toList();
    }

    @Test
    void findsCurlyAndStraightQuotes() {
        assertThat(contents("“We will rebuild,” she said. \"It takes time,\" he added."))
                .containsExactly("We will rebuild,", "It takes time,");
    }

    @Test
    void aQuoteInterruptedByItsAttributionIsTwoQuotes() {
        assertThat(contents("“We can be there within a week,” said the spokeswoman, “if the roads are open.”"))
                .containsExactly("We can be there within a week,", "if the roads are open.");
    }

    @Test
    void aQuoteRunsOverParagraphsWhenTheNextOpensWithAQuote() {
        String text = "“The first part ends here.\n\n“And the second part ends the quote,” he said.";
        assertThat(contents(text)).singleElement().asString().contains("first part").contains("second part");
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        assertThat(contents("“This never closes.\n\nNarration follows.")).containsExactly("This never closes.");
    }

    @Test
    void typewriterQuotesOfTokenisedTextsAreQuotes() {
        assertThat(contents("`` We appreciate your patience , '' the spokesman said ."))
                .containsExactly(" We appreciate your patience , ");
    }
}
