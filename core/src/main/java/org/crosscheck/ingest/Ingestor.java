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
 * the first {@link SourceReader} that accepts it; reads http(s) URLs with a {@link UrlReader} when the
 * run may fetch. A file or URL that fails is reported and the others go on.
 */
public final class Ingestor {

    /** Default largest file: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;
    private final List<SourceReader> readers;
    private final UrlReader urls;

    /**
     * Creates an ingestor that reads files only.
     *
     * @param readers the readers, asked in order
     */
    public Ingestor(List<SourceReader> readers) {
        this(readers, null);
    }

    /**
     * Creates an ingestor.
     *
     * @param readers the readers, asked in order
     * @param urls    reads URL inputs; null when the run may not fetch
     */
    public Ingestor(List<SourceReader> readers, UrlReader urls) {
        this.readers = List.copyOf(readers);
        this.urls = urls;
    }

    /**
     * Creates an ingestor for text, JSON Lines, HTML, feed and WARC files that fetches nothing.
     *
     * @param maxBytes the largest file accepted
     * @return the ingestor
     */
    public static Ingestor standard(long maxBytes) {
        return standard(maxBytes, null);
    }

    /**
     * Creates an ingestor for text, JSON Lines, HTML, feed and WARC files, and URLs when given a web client.
     *
     * @param maxBytes the largest file (or archive record) accepted
     * @param web      fetches URL inputs and the pages of feed entries that carry only a summary; null for none
     * @return the ingestor
     */
    public static Ingestor standard(long maxBytes, WebClient web) {
        FileLoader loader = new FileLoader(maxBytes);
        FeedDocuments feeds = new FeedDocuments(web);
        return new Ingestor(List.of(WholeFileReader.text(loader), new JsonLinesReader(loader, (int) Math.min(
                Integer.MAX_VALUE - 8, maxBytes)), WholeFileReader.html(loader), new FeedReader(loader, feeds),
                new WarcFileReader(maxBytes, new FeedDocuments(null))), web == null ? null : new UrlReader(web));
    }

    /**
     * Reads one URL input; without a URL reader the URL is reported as not fetched.
     *
     * @param url  the URL as the user gave it
     * @param sink receives documents and errors
     */
    public void readUrl(String url, DocumentSink sink) {
        if (urls == null) {
            sink.error(new SourceError(url, "URLs are not fetched in this run"));
            return;
        }
        urls.read(url, sink);
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
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            errors.add(new SourceError(folder.toString(), "cannot list folder: " + Problems.io(cause)));
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
        return isReadable(Input.of(file));
    }

    /**
     * Tells whether some reader handles an input.
     *
     * @param input the input
     * @return true when a reader accepts it
     */
    public boolean isReadable(Input input) {
        return readers.stream().anyMatch(r -> r.accepts(input));
    }

    /**
     * Reads one file; a failure of the whole file goes to the sink as an error.
     *
     * @param file the file
     * @param sink receives documents and errors
     */
    public void read(Path file, DocumentSink sink) {
        read(Input.of(file), file.toString(), sink);
    }

    /**
     * Reads one input of any file system; a failure of the whole input goes to the sink as an error.
     *
     * @param input  the input
     * @param source the source name to give its documents (the path as the user gave it)
     * @param sink   receives documents and errors
     */
    public void read(Input input, String source, DocumentSink sink) {
        SourceReader reader = readers.stream().filter(r -> r.accepts(input)).findFirst().orElse(null);
        if (reader == null) {
            sink.error(new SourceError(source, "unsupported file type (expected .txt, .jsonl, .json, .html, "
                    + ".rss, .atom, .xml feed, .warc, .warc.gz)"));
            return;
        }
        try {
            reader.read(input, source, sink);
        } catch (InputException e) {
            sink.error(new SourceError(source, e.getMessage()));
        } catch (RuntimeException e) {
            // A reader bug must not end a run of thousands of files; the message still names the file.
            sink.error(SourceError.fault(source, "could not be read", e));
        }
    }
}
