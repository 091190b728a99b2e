package org.crosscheck.clean.lines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void parsesCommonDateForms() {
        assertThat(Timestamps.parse("2025-06-01T10:00:00Z")).isEqualTo("2025-06-01");
        assertThat(Timestamps.parse("Published 3 March 2026, 14:05 GMT")).isEqualTo("2026-03-03");
        assertThat(Timestamps.parse("March 3, 2026")).isEqualTo("2026-03-03");
        assertThat(Timestamps.parse("25/12/2024")).isEqualTo("2024-12-25");
        assertThat(Timestamps.parse("no date here")).isNull();
        assertThat(Timestamps.parse("23.10.2018")).isEqualTo("2018-10-23");
        assertThat(Timestamps.parse("am 3-7-2021 um 19:49 Uhr")).isEqualTo("2021-07-03");
        assertThat(Timestamps.parse("Version 1.2.3")).isNull();
    }

    @Test
    void aSentenceWithADateIsNotATimestampLine() {
        assertThat(Timestamps.isTimestampLine("Updated: 4 May 2025 08:30")).isTrue();
        assertThat(Timestamps.isTimestampLine("The dam failed on 4 May 2025 after heavy rain.")).isFalse();
        assertThat(Timestamps.isTimestampLine("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"))
                .isTrue();
        assertThat(Timestamps.isTimestampLine("Updated at 1:23 p.m.")).isTrue();
        assertThat(Timestamps.isTimestampLine("At 1:23 p.m.")).isFalse();
        assertThat(Timestamps.isTimestampLine("19:49")).isTrue();
        assertThat(Timestamps.isTimestampLine("23.10.2018")).isTrue();
        assertThat(Timestamps.isTimestampLine("Der Zug fuhr am 23.10.2018 um 19:49 in Köln ab.")).isFalse();
        assertThat(Timestamps.isTimestampLine("Updated figures came at 5 pm.")).isFalse();
    }
}
