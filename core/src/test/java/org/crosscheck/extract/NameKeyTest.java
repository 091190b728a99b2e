package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void spellingVariantsAreTheSameName() {
        assertThat(NameKey.sameName("Andriy", "Andrii")).isTrue();
        assertThat(NameKey.sameName("Sybiga", "Sybiha")).isTrue();
        assertThat(NameKey.sameName("Throssell", "Throssel")).isTrue();
        assertThat(NameKey.sameName("Oleksiy", "Aleksei")).isTrue();
        assertThat(NameKey.sameName("Brivka", "Brevka")).isTrue();
        assertThat(NameKey.sameName("Müller", "Muller")).isTrue();
    }

    @Test
    void differentNamesAreNot() {
        assertThat(NameKey.sameName("Joe", "Jill")).isFalse();
        assertThat(NameKey.sameName("Marta", "Maria")).isFalse();
        assertThat(NameKey.sameName("Varenko", "Vasylenko")).isFalse();
        assertThat(NameKey.sameName("Orsk", "Omsk")).isFalse();
    }

    @Test
    void namesInCyrillicMeetTheirLatinSpellings() {
        for (String other : new String[] {"Зеленский", "Zelensky", "Zelenskyy", "Zelenskiy"}) {
            assertThat(NameKey.sameName("Зеленський", other)).as(other).isTrue();
        }
        assertThat(NameKey.sameName("Харків", "Kharkiv")).isTrue();
        assertThat(NameKey.sameName("Харьков", "Kharkov")).isTrue();
        assertThat(NameKey.sameName("Шевченко", "Shevchenko")).isTrue();
        assertThat(NameKey.sameName("Юрій", "Yurii")).isTrue();
        assertThat(NameKey.sameName("Ільзе", "Ilse")).isTrue();
        assertThat(NameKey.key("Грауберг")).isEqualTo(NameKey.key("Grauberg"));
        assertThat(NameKey.key("Μητσοτάκης")).isEqualTo(NameKey.key("Mitsotakis"));
    }

    @Test
    void otherNamesInCyrillicStayApart() {
        assertThat(NameKey.sameName("Зеленський", "Zalesky")).isFalse();
        assertThat(NameKey.sameName("Варенко", "Vasylenko")).isFalse();
        assertThat(NameKey.sameName("Харків", "Kherson")).isFalse();
        assertThat(NameKey.sameName("Марта", "Maria")).isFalse();
    }

    @Test
    void latinNamesKeepTheirKeys() {
        assertThat(NameKey.key("Zelenskyy")).isEqualTo("zelenski");
        assertThat(NameKey.sameName("Ilse", "Ilze")).isFalse();
    }
}
