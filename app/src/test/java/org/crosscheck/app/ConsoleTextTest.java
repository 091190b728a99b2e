package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.SourceError;
import org.junit.jupiter.api.Test;

class ConsoleTextTest {

    @Test
    void controlCharactersBecomeVisibleEscapes() {
        assertThat(ConsoleText.line("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
        assertThat(ConsoleText.line("red \u001b[31m bell \u0007 del \u007f nel \u0085"))
                .isEqualTo("red \\u001b[31m bell \\u0007 del \\u007f nel \\u0085");
        assertThat(ConsoleText.line("evil\u202Etxt.exe \u2028")).isEqualTo("evil\\u202etxt.exe \\u2028");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String text = "in/ünïcødé Ελληνικά 日本語 \uD83D\uDCF0 'quote\" $dollar`.txt";
        assertThat(ConsoleText.line(text)).isSameAs(text);
        assertThat(ConsoleText.line(null)).isEqualTo("null");
    }

    @Test
    void anErrorLineIsOneLine() {
        assertThat(ConsoleText.errorLine(new SourceError("in/bad\nname.txt", "empty file")))
                .isEqualTo("error: in/bad\\nname.txt: empty file").doesNotContain("\n");
    }
}
