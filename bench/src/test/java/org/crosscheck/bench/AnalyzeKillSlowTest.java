package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow (several child JVMs that load the models): {@code analyze --db} as a real child process is killed with
 * SIGKILL at three points drawn from a seed; each store it leaves opens and holds only whole articles, and the next
 * run finishes it into the store of a run that was never killed. {@link KillSoak} runs more points.
 */
class AnalyzeKillSlowTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aKilledAnalyzeLeavesWholeArticlesAndTheNextRunFinishes() throws Exception {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        try (Stream<Path> files = Files.list(Path.of("..", "samples", "articles"))) {
            for (Path f : files.sorted().limit(5).toList()) {
                Files.copy(f, samples.resolve(f.getFileName()));
            }
        }
        Path in = KillSoak.withAnEmptyFile(samples, dir.resolve("in"));

        KillTrials.Result r = new KillTrials(in, dir, new AnalyzeChild("2g", dir)).run(3, 17);

        KillSoak.report(r, System.out);
        assertThat(r.whole().articles()).hasSize(5);
        assertThat(r.whole().errors()).hasSize(1);
        List<String> problems = r.trials().stream().flatMap(t -> t.problems().stream()).toList();
        assertThat(problems).isEmpty();
    }
}
