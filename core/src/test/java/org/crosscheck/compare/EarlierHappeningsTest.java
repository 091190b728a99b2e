package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Article;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Scope;
import org.junit.jupiter.api.Test;

class EarlierHappeningsTest {

    private static Article article(String id, String published) {
        return new Article(id, id + ".txt", "Outlet", null, null, published, null, "en", "text", List.of(),
                List.of(), null, List.of());
    }

    private static Figure killed(String id, String article, String time, String date) {
        return new Figure(id, article, 0, 1, "killed", 10.0, null, null, null, null, "people", null, time, null, null,
                null, new Scope(null, null, time, date, false), null);
    }

    @Test
    void aFigureDatedMonthsBeforeTheCoverageIsAnotherHappening() {
        EarlierHappenings earlier = new EarlierHappenings(
                List.of(article("a1", "2005-11-28"), article("a2", null), article("a3", null)),
                Map.of("a1", "e1", "a2", "e1", "a3", "e2"));
        Figure now = killed("f1", "a1", null, "2005");
        Figure background = killed("f2", "a2", "February", "XXXX-02");
        Figure lastWeek = killed("f3", "a2", "Sunday", "2005-11-27");
        Figure unknownTime = killed("f4", "a3", null, null);
        assertThat(earlier.agree(now, background, true)).isFalse();
        assertThat(earlier.agree(now, lastWeek, true)).isTrue();
        assertThat(earlier.agree(background, killed("f5", "a1", "in February", "2005-02"), true)).isTrue();
        assertThat(earlier.agree(background, unknownTime, true)).as("an article of no known time tells nothing").isTrue();
    }

    @Test
    void acrossEventsAnUndatedFigureMustHoldAtAKnownTimeNoEarlierThanTheDatedOne() {
        EarlierHappenings earlier = new EarlierHappenings(
                List.of(article("a1", "2026-11-07"), article("a2", null), article("a3", "2026-11-01")),
                Map.of("a1", "e2", "a2", "e9", "a3", "e3"));
        Figure tuesday = killed("f1", "a9", "Tuesday's", "2026-11-03");
        assertThat(earlier.agree(tuesday, killed("f2", "a1", null, "2026"), false)).isTrue();
        assertThat(earlier.agree(tuesday, killed("f3", "a2", null, null), false)).as("no known time").isFalse();
        assertThat(earlier.agree(tuesday, killed("f4", "a3", null, "2026"), false)).as("told before it").isFalse();
        assertThat(earlier.agree(tuesday, killed("f4", "a3", null, "2026"), true)).isTrue();
    }

    @Test
    void acrossEventsTwoUndatedFiguresAtKnownTimesMustHoldLessThanAMonthApart() {
        EarlierHappenings earlier = new EarlierHappenings(
                List.of(article("a1", "2008-12-10"), article("a2", "2010-05-06"), article("a3", "2008-12-20"),
                        article("a4", null)),
                Map.of("a1", "e1", "a2", "e2", "a3", "e3", "a4", "e4"));
        assertThat(earlier.agree(killed("f1", "a1", null, null), killed("f2", "a2", null, null), false)).isFalse();
        assertThat(earlier.agree(killed("f1", "a1", null, null), killed("f3", "a3", null, null), false)).isTrue();
        assertThat(earlier.agree(killed("f1", "a1", null, null), killed("f4", "a4", null, null), false))
                .as("a time not known").isTrue();
    }

    @Test
    void aWeekdayIsTheLatestSuchDayUpToItsOwnArticlesTime() {
        assertThat(EarlierHappenings.onWeekday("XXXX-WXX-2", LocalDate.of(2026, 11, 3))).isEqualTo("2026-11-03");
        assertThat(EarlierHappenings.onWeekday("XXXX-WXX-2", LocalDate.of(2026, 11, 8))).isEqualTo("2026-11-03");
        assertThat(EarlierHappenings.onWeekday("XXXX-WXX-2", null)).isEqualTo("XXXX-WXX-2");
        assertThat(EarlierHappenings.onWeekday("2026-11", LocalDate.of(2026, 11, 8))).isEqualTo("2026-11");
        // an undated article holds at its event's first report: its "Tuesday" is that week's
        EarlierHappenings earlier = new EarlierHappenings(
                List.of(article("a1", "2026-11-03"), article("a2", null), article("a3", "2026-11-07")),
                Map.of("a1", "e1", "a2", "e1", "a3", "e2"));
        Figure tuesday = killed("f1", "a2", "Tuesday", "XXXX-WXX-2");
        assertThat(earlier.agree(tuesday, killed("f2", "a3", null, null), false)).isTrue();
    }

    @Test
    void aMonthWithoutItsYearIsTheLatestUpToTheReference() {
        assertThat(EarlierHappenings.lastDay("XXXX-12", LocalDate.of(2005, 11, 28))).isEqualTo(LocalDate.of(2004, 12, 31));
        assertThat(EarlierHappenings.lastDay("2003", LocalDate.of(2005, 11, 28))).isEqualTo(LocalDate.of(2003, 12, 31));
        assertThat(EarlierHappenings.lastDay("XXXX-WXX-7", LocalDate.of(2005, 11, 28))).isNull();
    }
}
