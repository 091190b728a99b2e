package org.crosscheck.app.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes every HTTP exchange of a run into a gzipped WARC file (a request and a response record each), so
 * that {@code crosscheck analyze FILE.warc.gz} reproduces the run without the network. The file is created
 * on the first exchange.
 */
public final class FetchArchive implements AutoCloseable {

    /** Headers that describe the transfer, not the body as stored (which is de-chunked). */
    private static final Set<String> TRANSFER_HEADERS = Set.of("transfer-encoding", "content-length", ":status",
            "content-type", "connection", "keep-alive");
    private final Path file;
    private final String software;
    private WarcWriter writer;
    private int responses;

    /**
     * Creates an archive that will be written to a file.
     *
     * @param file     the {@code .warc.gz} file (replaced if it exists)
     * @param software the tool's name and version, for the warcinfo record
     */
    public FetchArchive(Path file, String software) {
        this.file = file;
        this.software = software;
    }

    /** Returns the archive's file. */
    public Path file() {
        return file;
    }

    /** Returns how many responses were written. */
    public synchronized int responses() {
        return responses;
    }

    /**
     * Writes one exchange.
     *
     * @param e the request and response
     * @throws IOException when the archive cannot be written
     */
    synchronized void write(Exchange e) throws IOException {
        WarcWriter w = writer();
        HttpResponse.Builder http = new HttpResponse.Builder(e.status(), reason(e.status()));
        e.headers().map().forEach((name, values) -> {
            if (!TRANSFER_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(v -> http.addHeader(name, v));
            }
        });
        String type = e.contentType();
        http.body(type == null ? MediaType.OCTET_STREAM : MediaType.parseLeniently(type), e.body());
        WarcResponse response = new WarcResponse.Builder(e.uri()).date(e.date()).body(http.build()).build();
        w.write(response);
        w.write(new WarcRequest.Builder(e.uri()).date(e.date()).body(request(e.uri(), e.requestHeaders()))
                .concurrentTo(response.id()).build());
        responses++;
    }

    private static HttpRequest request(URI uri, Map<String, String> headers) {
        String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            target += "?" + uri.getRawQuery();
        }
        HttpRequest.Builder b = new HttpRequest.Builder("GET", target).addHeader("Host", HttpFetcher.hostKey(uri));
        headers.forEach(b::addHeader);
        return b.build();
    }

    private WarcWriter writer() throws IOException {
        if (writer == null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP);
            writer.write(new Warcinfo.Builder().filename(file.getFileName().toString())
                    .fields(Map.of("software", List.of(software), "format", List.of("WARC File Format 1.1")))
                    .build());
        }
        return writer;
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 404 -> "Not Found";
            default -> "";
        };
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
