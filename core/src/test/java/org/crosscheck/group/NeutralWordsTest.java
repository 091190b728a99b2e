package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names and numbers as language-neutral keys, and how much of them two texts share in order. */
class NeutralWordsTest {

    @Test
    void namesMeetAcrossScriptsAndSpellings() {
        assertThat(NeutralWords.key("Варенко")).isEqualTo(NeutralWords.key("Varenko"));
        assertThat(NeutralWords.key("Вельморы")).isEqualTo(NeutralWords.key("Velmora"));
        assertThat(NeutralWords.key("Пельц")).isEqualTo(NeutralWords.key("Peltz"));
        assertThat(NeutralWords.key("Сольберг")).isEqualTo(NeutralWords.key("Solberg"));
        assertThat(NeutralWords.key("Kowaltschuk")).isEqualTo(NeutralWords.key("Kovalchuk"));
        assertThat(NeutralWords.key("Lind")).isNotEqualTo(NeutralWords.key("Linz"));
    }

    @Test
    void numbersAreTheirDigitsAndSentenceStartsAreNoNames() {
        assertThat(NeutralWords.of("Rescuers found 12,000 people. Some 12 000 came from Brivka, said Dunn."))
                .containsExactly("#12000", "#12000", "brivk", "dun");
        assertThat(NeutralWords.of("Brivka was flooded. Rescuers reached Brivka.")).containsExactly("brivk", "brivk");
    }

    @Test
    void aTranslationKeepsTheOrderAnIndependentReportDoesNot() {
        List<String> english = NeutralWords.of("In Oskel, governor Ilse Varga said 12 were rescued near Dornau.");
        List<String> ukrainian = NeutralWords.of("В Оскелі губернаторка Ільзе Варга сказала, що 12 врятували біля Дорнау.");
        assertThat(NeutralWords.inOrder(english, ukrainian)).containsExactly(1.0, 1.0);
        List<String> other = NeutralWords.of("Near Dornau 12 were rescued, Varga told reporters in Oskel.");
        assertThat(NeutralWords.inOrder(english, other)[0]).isLessThan(0.6);
        assertThat(NeutralWords.overlap(english, other)).isGreaterThan(0.5);
    }
}
