package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        Path samples = Samples.first(5, dir.resolve("samples"));
        Path in = KillSoak.withAnEmptyFile(samples, dir.resolve("in"));

        KillTrials.Result r = new KillTrials(in, dir, new AnalyzeChild("2g", dir)).run(3, 17, t -> { });

        KillSoak.report(r, System.out);
        assertThat(r.whole().articles()).hasSize(5);
        assertThat(r.whole().errors()).hasSize(1);
        List<String> problems = r.trials().stream().flatMap(t -> t.problems().stream()).toList();
        assertThat(problems).isEmpty();
    }
}
