package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.crosscheck.bench.HostileCorpus.Generated;
import org.crosscheck.bench.HostileCorpus.Kind;
import org.crosscheck.pipeline.Budgets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast slice of the fuzz/soak run: 200 generated hostile and ordinary files (seed 17, small sizes)
 * through the real analysis; every file must become an article or an error line, with no crash or hang.
 */
class FuzzSliceTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void everyInputIsAnArticleOrAnError() throws Exception {
        Path shared = findShared();
        assumeTrue(shared != null, "../shared/eval/aeb/html and ../shared/seeds are needed for the real pages");
        Path folder = dir.resolve("in");
        List<Generated> inputs = new HostileCorpus(17, shared, HostileCorpus.Sizes.SLICE).write(folder, 200);
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        inputs.forEach(g -> kinds.add(g.kind()));
        assertThat(kinds).as("the slice covers every kind").containsExactlyInAnyOrder(Kind.values());

        SoakRun.Result result = new SoakRun(new Budgets(1_500, Duration.ofSeconds(20)), Duration.ofSeconds(90))
                .run(inputs, folder, dir.resolve("out"));

        assertThat(result.problem()).as("crash or hang").isNull();
        assertThat(result.outcomes()).hasSize(200);
        assertThat(result.outcomes().stream().filter(SoakRun.Outcome::missing).map(o -> o.input().file()
                .getFileName() + " (" + o.input().kind() + ", " + o.input().detail() + ")"))
                .as("inputs that became neither an article nor an error line").isEmpty();
        assertThat(result.unattributed()).as("error lines naming no input").isEmpty();
        assertThat(result.brokenLines()).as("error lines printed as more than one line").isEmpty();
        assertThat(result.outcomes()).anyMatch(o -> o.articles() > 0).anyMatch(o -> o.articles() == 0);
        assertThat(dir.resolve("out/dossier.json")).isRegularFile();
    }

    /** Finds {@code shared} beside the project (or one level further up, from a module folder). */
    private static Path findShared() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared");
            if (Files.isDirectory(candidate.resolve("eval/aeb/html")) && Files.isDirectory(candidate.resolve("seeds"))) {
                return candidate;
            }
        }
        return null;
    }
}
