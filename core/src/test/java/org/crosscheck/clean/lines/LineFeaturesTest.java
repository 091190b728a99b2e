package org.crosscheck.clean.lines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineFeaturesTest {

    // the definition the hand-written count follows
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");

    @Test
    void wordsAreRunsOfLettersAndDigitsJoinedByOneApostropheFullStopOrHyphen() {
        assertThat(LineFeatures.words("")).isZero();
        assertThat(LineFeatures.words(" -- … ")).isZero();
        assertThat(LineFeatures.words("It's a well-known U.S. fact.")).isEqualTo(5);
        assertThat(LineFeatures.words("a--b c. d 3.5%")).isEqualTo(5);
        assertThat(LineFeatures.words("Читайте также: ½ Ⅻ 𝐀𝐁")).isEqualTo(5);
    }

    @Test
    void theCountIsTheSameAsThePatterns() {
        for (String line : new String[] {"Mehr zum Thema: „Lob der Melancholie“", "l’été 2022 — 23.10.2018, 19:49",
                "’tis 'quoted' end-", "कुष्टिया-१ (दौलतपुर) আসনের সংসদ", "x'.y -z- ..a.. 𝟙𝟚"}) {
            Matcher m = WORD.matcher(line);
            int n = 0;
            while (m.find()) {
                n++;
            }
            assertThat(LineFeatures.words(line)).as(line).isEqualTo(n);
        }
    }
}
