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
}
