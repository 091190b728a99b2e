package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.crosscheck.bench.HostileCorpus.Generated;
import org.crosscheck.bench.HostileCorpus.Kind;
import org.crosscheck.bench.SoakRun.Outcome;
import org.junit.jupiter.api.Test;

/** Fast: the running totals {@link FuzzSoak} prints after each batch. */
class FuzzSoakTest {

    @Test
    void theTotalsCountEachOutcomeOnceAndNameTheSlowestFile() {
        List<Outcome> outcomes = List.of(
                outcome("00001-warc.warc", Kind.WARC, 1, 1, 2_500),
                outcome("00002-empty.txt", Kind.EMPTY, 0, 1, 10),
                outcome("00003-feed.rss", Kind.FEED, 0, 0, 40));
        assertThat(FuzzSoak.soFar(outcomes, 10, 3L << 20)).isEqualTo("so far: 3 of 10 files: 1 article, 1 error, "
                + "1 missing; slowest 2.5 s (warc 00001-warc.warc); peak heap 3 MiB");
        assertThat(FuzzSoak.soFar(List.of(), 10, 0)).contains("0 of 10 files", "slowest none");
    }

    private static Outcome outcome(String name, Kind kind, int articles, int errors, long millis) {
        return new Outcome(new Generated(Path.of("/in", name), kind, "detail"), articles, errors,
                Duration.ofMillis(millis));
    }
}
