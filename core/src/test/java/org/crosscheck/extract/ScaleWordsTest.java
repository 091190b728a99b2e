package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScaleWordsTest {

    @Test
    void aScaleWordAfterTheNumberOrGluedToItIsFound() {
        assertThat(ScaleWords.scaled("22.4 billion euros")).isTrue();
        assertThat(ScaleWords.scaled("€3bn")).isTrue();
        assertThat(ScaleWords.scaled("about 5k")).isTrue();
        assertThat(ScaleWords.scaled("$21MM")).isTrue();
        assertThat(ScaleWords.scaled("two hundred")).isTrue();
        assertThat(ScaleWords.scaled("1,5 Millionen Euro")).as("another language's scale word").isTrue();
        assertThat(ScaleWords.scaled("1,3 млн доларів")).isTrue();
    }

    @Test
    void digitsUnitsAndLookalikesAreNot() {
        assertThat(ScaleWords.scaled("more than 100,000")).isFalse();
        assertThat(ScaleWords.scaled("600")).isFalse();
        assertThat(ScaleWords.scaled("58km")).isFalse();
        assertThat(ScaleWords.scaled("21mm")).as("millimetres: 'MM' matches in capitals only").isFalse();
        assertThat(ScaleWords.scaled(null)).isFalse();
    }
}
