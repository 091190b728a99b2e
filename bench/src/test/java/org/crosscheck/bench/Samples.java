package org.crosscheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The project's sample articles, for tests that need a few real inputs. */
final class Samples {

    private Samples() {
    }

    /**
     * Copies the first sample files (by name) into a new folder.
     *
     * @param n      how many
     * @param folder the folder to make
     * @return the folder
     * @throws IOException when they cannot be copied
     */
    static Path first(int n, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(Path.of("..", "samples", "articles"))) {
            for (Path f : files.sorted().limit(n).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }
}
