package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crosscheck.clean.ArticleCleaner;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.model.Article;
import org.crosscheck.model.SourceError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardTest {

    private static final Article ARTICLE = new Article("a1", "slow.txt", null, null, null, null, null, "en", "Text.",
            List.of(), List.of(), null, List.of());

    @TempDir
    Path dir;

    @Test
    void workOverItsTimeBudgetIsReportedForTheArticleAndItsResultKept() {
        List<SourceError> errors = new ArrayList<>();
        String result = Guard.perArticle("entities", ARTICLE, errors, () -> {
            sleep(120);
            return "found";
        }, "none", Duration.ofMillis(50));
        assertThat(result).isEqualTo("found");
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("slow.txt");
            assertThat(e.message()).matches("entities took 0\\.\\d s on this article, over its time budget of 0\\.1 s;"
                    + " its results were kept, and the run went on");
        });
    }

    @Test
    void workWithinItsBudgetOrWithoutOneIsNotReported() {
        List<SourceError> errors = new ArrayList<>();
        assertThat(Guard.perArticle("entities", ARTICLE, errors, () -> "quick", "none", Duration.ofSeconds(5)))
                .isEqualTo("quick");
        assertThat(Guard.perArticle("entities", ARTICLE, errors, () -> {
            sleep(20);
            return "unbounded";
        }, "none")).isEqualTo("unbounded");
        assertThat(errors).isEmpty();
    }

    @Test
    void readingTellsTheProgressWhichFileItIsOn() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "The council met on Tuesday.");
        Files.writeString(dir.resolve("b.txt"), "The council met again on Wednesday.");
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        Progress progress = new Progress() {
            @Override
            public void begin(String task, long total) {
            }

            @Override
            public void advance(long steps) {
                events.add("advance");
            }

            @Override
            public void end() {
            }

            @Override
            public Work working(String item) {
                events.add("on " + Path.of(item).getFileName());
                return () -> events.add("done " + Path.of(item).getFileName());
            }
        };
        new Pipeline(Ingestor.standard(1 << 20), ArticleCleaner.standard(), List.of())
                .read(List.of(dir.toString()), progress);
        assertThat(events).containsExactly("on a.txt", "done a.txt", "advance", "on b.txt", "done b.txt", "advance");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
