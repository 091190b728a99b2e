package org.crosscheck.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.model.SourceError;

/**
 * The ingest facade: expands inputs (files and folders, recursively) into files and reads each with
 * the first {@link SourceReader} that accepts it. A file that fails is reported and the others go on.
 */
public final class Ingestor {

    /** Default largest file: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;
    private final List<SourceReader> readers;

    /**
     * Creates an ingestor.
     *
     * @param readers the readers, asked in order
     */
    public Ingestor(List<SourceReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /**
     * Creates an ingestor for text, JSON Lines and HTML files.
     *
     * @param maxBytes the largest file accepted
     * @return the ingestor
     */
    public static Ingestor standard(long maxBytes) {
        FileLoader loader = new FileLoader(maxBytes);
        return new Ingestor(List.of(WholeFileReader.text(loader), new JsonLinesReader(loader, (int) Math.min(
                Integer.MAX_VALUE - 8, maxBytes)), WholeFileReader.html(loader)));
    }

    /**
     * Lists the files the inputs stand for, in a stable order: each file as given, each folder's
     * readable files recursively (hidden files and folders skipped), sorted by path.
     *
     * @param inputs paths as the user gave them
     * @param errors receives an error for each input that does not exist
     * @return the files to read
     */
    public List<Path> expand(List<String> inputs, List<SourceError> errors) {
        List<Path> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                files.addAll(walk(path, errors));
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                errors.add(new SourceError(input, "no such file or folder"));
            }
        }
        return files;
    }

    private List<Path> walk(Path folder, List<SourceError> errors) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .filter(this::isReadable)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            errors.add(new SourceError(folder.toString(), "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether some reader handles a file.
     *
     * @param file the file
     * @return true when a reader accepts it
     */
    public boolean isReadable(Path file) {
        return readers.stream().anyMatch(r -> r.accepts(file));
    }

    /**
     * Reads one file; a failure of the whole file goes to the sink as an error.
     *
     * @param file the file
     * @param sink receives documents and errors
     */
    public void read(Path file, DocumentSink sink) {
        String source = file.toString();
        SourceReader reader = readers.stream().filter(r -> r.accepts(file)).findFirst().orElse(null);
        if (reader == null) {
            sink.error(new SourceError(source, "unsupported file type (expected .txt, .jsonl, .json, .html)"));
            return;
        }
        try {
            reader.read(file, source, sink);
        } catch (InputException e) {
            sink.error(new SourceError(source, e.getMessage()));
        } catch (RuntimeException e) {
            // A reader bug must not end a run of thousands of files; the message still names the file.
            sink.error(new SourceError(source, "could not be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")"));
        }
    }
}
