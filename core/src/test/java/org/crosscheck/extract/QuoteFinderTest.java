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

    private static List<String> contents(String text, String language) {
        return QuoteFinder.find(text, language).stream().map(q -> text.substring(q.contentStart(), q.contentEnd()))
                .toList();
    }

    @Test
    void germanLowHighQuotesCloseWithTheHighMark() {
        String text = "„Wir suchen weiter“, sagte der Bürgermeister. „Es gibt noch Hoffnung.”";
        assertThat(contents(text, "de")).containsExactly("Wir suchen weiter", "Es gibt noch Hoffnung.");
        // without the language, „ opens nothing and “ opens a quotation that runs to the end
        assertThat(contents(text, null)).doesNotContain("Wir suchen weiter");
    }

    @Test
    void russianGuillemetsHoldLowHighQuotes() {
        String text = "«Мы слышали крик „помогите“ и побежали», — сказал он.";
        assertThat(contents(text, "ru")).containsExactly("Мы слышали крик „помогите“ и побежали");
    }

    @Test
    void japaneseCornerBrackets() {
        assertThat(contents("市長は「捜索を続ける」と述べた。", "ja")).containsExactly("捜索を続ける");
        assertThat(contents("市長は「捜索を続ける」と述べた。", "en")).isEmpty();
    }

    @Test
    void anApostropheClosesNoQuotation() {
        // English's inner pair ‘…’ closes with the apostrophe: it is not read
        assertThat(contents("The mayor’s office said ‘no’ and left.", "en")).isEmpty();
    }
}
