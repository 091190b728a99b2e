package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fast: where {@link KillTrials} puts its kill points and how it names the phase a killed child was in. */
class KillTrialsTest {

    /** A run shaped like a real one: a long annotating phase and a short storing phase. */
    private static final AnalyzeChild.Run REFERENCE = new AnalyzeChild.Run(1, 60_000, List.of(
            line(1_000, "reading ..."),
            line(2_000, "reading: 6/6 (100%) done"),
            line(2_100, "annotating ..."),
            line(30_000, "annotating: 3/6 (50%)"),
            line(50_000, "annotating: 6/6 (100%) done"),
            line(50_100, "storing articles ..."),
            line(53_100, "storing articles: 6/6 (100%) done"),
            line(53_110, "storing errors and index ..."),
            line(53_410, "storing errors and index: 2/2 (100%) done"),
            line(53_500, "embedding ..."),
            line(58_000, "embedding: 6/6 (100%) done")));

    @Test
    void aboutHalfOfTheKillPointsFallInsideStoringSharedByItsTwoParts() {
        Random random = new Random(17);
        int articles = 0;
        int rest = 0;
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            AnalyzeChild.KillPoint p = KillTrials.killPoint(REFERENCE, random);
            if ("storing articles ...".equals(p.after())) {
                articles++;
                assertThat(p.delay().toMillis()).isBetween(0L, 3_000L);
            } else if ("storing errors and index ...".equals(p.after())) {
                rest++;
                assertThat(p.delay().toMillis()).isBetween(0L, 300L);
            } else {
                others.add(String.valueOf(p.after()));
            }
        }
        assertThat(articles + rest).isBetween(450, 550);
        // the short second part is aimed at as often as the first (an even draw gives it about 1 in 12)
        assertThat(articles).isBetween(200, 300);
        assertThat(rest).isBetween(200, 300);
        // the start and the other eight stage lines are all still drawn; the count line is never an anchor
        assertThat(others).doesNotContain("annotating: 3/6 (50%)");
        assertThat(others.stream().distinct().count()).isEqualTo(9);
    }

    @Test
    void oneSeedGivesTheSamePoints() {
        Random a = new Random(17);
        Random b = new Random(17);
        for (int i = 0; i < 20; i++) {
            assertThat(KillTrials.killPoint(REFERENCE, a)).isEqualTo(KillTrials.killPoint(REFERENCE, b));
        }
    }

    @Test
    void aRunWithoutStoringDrawsEveryPhaseEvenly() {
        AnalyzeChild.Run noStoring = new AnalyzeChild.Run(1, 3_000, List.of(line(1_000, "reading ...")));
        Random random = new Random(17);
        int start = 0;
        for (int i = 0; i < 1_000; i++) {
            start += KillTrials.killPoint(noStoring, random).after() == null ? 1 : 0;
        }
        assertThat(start).isBetween(450, 550);
    }

    @Test
    void thePhaseIsNamedByTheLastStageLine() {
        assertThat(KillTrials.phase(run())).isEqualTo("start");
        assertThat(KillTrials.phase(run("reading ...", "reading: 6/6 (100%) done", "annotating ...",
                "annotating: 3/6 (50%)"))).isEqualTo("annotating");
        assertThat(KillTrials.phase(run("annotating: 6/6 (100%) done"))).isEqualTo("after annotating");
        assertThat(KillTrials.phase(run("storing articles ..."))).isEqualTo("storing articles");
        assertThat(KillTrials.phase(run("storing articles ...", "storing articles: 6/6 (100%) done",
                "storing errors and index ..."))).isEqualTo("storing errors and index");
        assertThat(KillTrials.phase(run("storing articles ...", "error: empty.txt: the file is empty")))
                .isEqualTo("after an error line");
    }

    private static AnalyzeChild.Line line(long millis, String text) {
        return new AnalyzeChild.Line(millis, text);
    }

    private static AnalyzeChild.Run run(String... lines) {
        List<AnalyzeChild.Line> l = new ArrayList<>();
        for (String s : lines) {
            l.add(line(l.size() * 100L, s));
        }
        return new AnalyzeChild.Run(-1, 1_000, l);
    }
}
