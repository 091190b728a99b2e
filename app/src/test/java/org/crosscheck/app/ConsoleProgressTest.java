package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.crosscheck.pipeline.Progress;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8),
            false, now::get);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFileThatTakesLongIsNamedInTheProgressLinesUntilItIsDone() {
        progress.begin("annotating", 3);
        Progress.Work quick = progress.working("quick.txt");
        now.addAndGet(100);
        quick.close();
        progress.advance(1);
        Progress.Work big = progress.working("/data/news/big-text.txt");
        now.addAndGet(ConsoleProgress.SLOW_MILLIS - 1);
        progress.tick();
        assertThat(printed()).isEqualTo("annotating ...\n");

        now.addAndGet(6_000);
        progress.tick();
        assertThat(printed()).endsWith("annotating: 1/3 (33%), still on /data/news/big-text.txt (11.0 s)\n");
        assertThat(printed()).doesNotContain("quick.txt");

        big.close();
        String before = printed();
        now.addAndGet(10_000);
        progress.tick();
        assertThat(printed()).isEqualTo(before);
        progress.advance(2);
        progress.end();
        assertThat(printed()).endsWith("annotating: 3/3 (100%)\nannotating: 3/3 (100%) done\n");
    }

    @Test
    void aLongSourceIsShortenedFromTheFrontAndOtherItemsAreCounted() {
        progress.begin("reading", 10);
        String source = "/very/long/folder/name/that/goes/on/and/on/for/ever/and/ever/archive.warc.gz";
        progress.working(source);
        now.addAndGet(1_000);
        progress.working("other.txt");
        now.addAndGet(ConsoleProgress.SLOW_MILLIS + 1_000);
        progress.tick();
        assertThat(printed()).contains("still on ..." + source.substring(source.length() - 57)
                + " (7.0 s, 1 more in hand)");
        progress.end();
    }

    @Test
    void aSlowFileWhoseReaderCountsRecordsShowsTheCount() {
        progress.begin("reading", 2);
        Progress.Work warc = progress.working("big.warc.gz");
        warc.counted(1);
        now.addAndGet(ConsoleProgress.SLOW_MILLIS + 1_000);
        progress.tick();
        assertThat(printed()).endsWith("reading: 0/2 (0%), still on big.warc.gz (6.0 s, 1 record)\n");
        warc.counted(12_345);
        now.addAndGet(ConsoleProgress.SLOW_MILLIS + 1_000);
        progress.tick();
        assertThat(printed()).endsWith("reading: 0/2 (0%), still on big.warc.gz (12.0 s, 12,345 records)\n");
        warc.close();
        progress.end();
    }
}
