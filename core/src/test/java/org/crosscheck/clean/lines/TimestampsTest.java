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
    }

    @Test
    void aSentenceWithADateIsNotATimestampLine() {
        assertThat(Timestamps.isTimestampLine("Updated: 4 May 2025 08:30")).isTrue();
        assertThat(Timestamps.isTimestampLine("The dam failed on 4 May 2025 after heavy rain.")).isFalse();
        assertThat(Timestamps.isTimestampLine("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"))
                .isTrue();
        assertThat(Timestamps.isTimestampLine("Updated at 1:23 p.m.")).isTrue();
        assertThat(Timestamps.isTimestampLine("At 1:23 p.m.")).isFalse();
        assertThat(Timestamps.isTimestampLine("Updated figures came at 5 pm.")).isFalse();
    }
}
