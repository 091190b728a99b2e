package org.crosscheck.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.crosscheck.app.ConsoleText;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a folder of hostile and ordinary input files for {@code analyze}, the same files for the same seed:
 * random bytes, empty files, cut-off real pages, huge and tiny texts, deep HTML, a gzip bomb, billion-laughs
 * feeds, malformed JSON Lines, cut-off web archives, odd file names and every encoding the reader claims. Real
 * pages and texts are read at run time from {@code ../shared/eval/aeb/html/*.html.gz} and
 * {@code ../shared/seeds/*.txt}; nothing of them is copied into the project.
 */
public final class HostileCorpus {

    /** What a generated file is meant to test. */
    public enum Kind {
        /** Random bytes under a supported extension. */
        RANDOM_BYTES(8),
        /** An empty or whitespace-only file. */
        EMPTY(5),
        /** A text of a few characters. */
        TINY_TEXT(6),
        /** A plain article text made of real paragraphs. */
        ORDINARY_TEXT(8),
        /** A text of the corpus's huge size. */
        HUGE_TEXT(0.3),
        /** A whole real page. */
        REAL_PAGE(5),
        /** A real page cut at a random byte. */
        TRUNCATED_PAGE(12),
        /** HTML nested thousands of elements deep. */
        DEEP_HTML(3),
        /** A small gzip that inflates to the corpus's bomb size, named as a web archive. */
        GZIP_BOMB(1.5),
        /** A feed that declares nested (or external) XML entities. */
        BILLION_LAUGHS(3),
        /** A well-formed RSS or Atom feed with full-text and teaser entries. */
        FEED(5),
        /** A feed cut at a random byte. */
        TRUNCATED_FEED(4),
        /** JSON Lines (or a JSON array) with wrong types, broken lines, repeated ids and good records. */
        BAD_JSON_LINES(10),
        /** A whole gzipped web archive of real pages. */
        WARC(3),
        /** A gzipped web archive of real pages cut at a random byte. */
        TRUNCATED_WARC(6),
        /** An ordinary text or page whose file name has spaces, non-ASCII letters or a leading dash. */
        ODD_NAME(5),
        /** A text or page in one of the encodings the reader claims to detect. */
        ENCODING(10);

        private final double weight;

        Kind(double weight) {
            this.weight = weight;
        }
    }

    /**
     * One generated file.
     *
     * @param file   where it was written
     * @param kind   what it tests
     * @param detail the variant, e.g. "UTF-16LE with BOM" or "cut at 1234 of 50000 bytes"
     */
    public record Generated(Path file, Kind kind, String detail) {
    }

    /**
     * How large the big inputs are.
     *
     * @param hugeChars the characters of a huge text
     * @param bombBytes the bytes a gzip bomb inflates to
     * @param maxDepth  the deepest HTML nesting
     */
    public record Sizes(int hugeChars, long bombBytes, int maxDepth) {

        /** Sizes for a soak run: 3 MB texts, a 512 MiB bomb, 100,000 levels of HTML. */
        public static final Sizes SOAK = new Sizes(3_000_000, 512L << 20, 100_000);
        /** Sizes for a test that must be quick: 60 KB texts, a 16 MiB bomb, 5,000 levels. */
        public static final Sizes SLICE = new Sizes(60_000, 16L << 20, 5_000);
    }

    private static final String[] TEXT_EXTENSIONS = {"txt", "html", "jsonl", "json", "rss", "atom", "warc",
        "warc.gz", "htm"};
    private static final String ACCENTED = "Café owners in Zürich said the naïve reports cost €5 million "
            + "– “far more” than Señor Gómez’s façade.";

    private final Random random;
    private final Sizes sizes;
    private final List<Path> pageFiles;
    private final List<String> seedTexts;
    private final byte[][] pages;
    private byte[] bomb;
    private int written;

    /**
     * Creates a generator.
     *
     * @param seed   fixes every choice
     * @param shared the {@code ../shared} folder holding {@code eval/aeb/html} and {@code seeds}
     * @param sizes  how large the big inputs are
     * @throws IOException when the real pages or texts cannot be listed or read
     */
    public HostileCorpus(long seed, Path shared, Sizes sizes) throws IOException {
        this.random = new Random(seed);
        this.sizes = sizes;
        this.pageFiles = list(shared.resolve("eval/aeb/html"), ".html.gz");
        this.pages = new byte[pageFiles.size()][];
        List<String> texts = new ArrayList<>();
        for (Path p : list(shared.resolve("seeds"), ".txt")) {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        this.seedTexts = List.copyOf(texts);
        if (pageFiles.isEmpty() || seedTexts.isEmpty()) {
            throw new IOException("no real pages (*.html.gz) in " + shared.resolve("eval/aeb/html")
                    + " or no texts (*.txt) in " + shared.resolve("seeds"));
        }
    }

    private static List<Path> list(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /**
     * Writes files into a folder; the files of later calls are numbered on from the earlier ones.
     *
     * @param folder where to write (created if missing)
     * @param count  how many files
     * @return every file with its kind, in the order written
     * @throws IOException when a file cannot be written
     */
    public List<Generated> write(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        List<Generated> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(writeOne(folder, written++, pickKind()));
        }
        return out;
    }

    private Kind pickKind() {
        double total = Arrays.stream(Kind.values()).mapToDouble(k -> k.weight).sum();
        double r = random.nextDouble() * total;
        for (Kind k : Kind.values()) {
            r -= k.weight;
            if (r < 0) {
                return k;
            }
        }
        return Kind.ORDINARY_TEXT;
    }

    private Generated writeOne(Path folder, int index, Kind kind) throws IOException {
        String stem = String.format(Locale.ROOT, "%05d-%s", index, kind.name().toLowerCase(Locale.ROOT));
        return switch (kind) {
            case RANDOM_BYTES -> {
                String ext = pick(TEXT_EXTENSIONS);
                int length = random.nextInt(4) == 0 ? 1 + random.nextInt(16) : random.nextInt(64 << 10);
                byte[] bytes = new byte[length];
                random.nextBytes(bytes);
                yield save(folder, stem + "." + ext, bytes, kind, length + " random bytes");
            }
            case EMPTY -> {
                String ext = pick(TEXT_EXTENSIONS);
                String body = random.nextBoolean() ? "" : " \n\t\r\n ".repeat(1 + random.nextInt(50));
                yield save(folder, stem + "." + ext, utf8(body), kind, body.isEmpty() ? "0 bytes" : "whitespace");
            }
            case TINY_TEXT -> {
                String text = tinyText();
                yield save(folder, stem + ".txt", utf8(text), kind, text.length() + " chars");
            }
            case ORDINARY_TEXT -> {
                String text = article();
                yield save(folder, stem + ".txt", utf8(text), kind, text.length() + " chars");
            }
            case HUGE_TEXT -> {
                String text = huge();
                yield save(folder, stem + ".txt", utf8(text), kind, text.length() + " chars");
            }
            case REAL_PAGE -> {
                int p = random.nextInt(pages.length);
                yield save(folder, stem + ".html", page(p), kind, pageFiles.get(p).getFileName().toString());
            }
            case TRUNCATED_PAGE -> {
                int p = random.nextInt(pages.length);
                byte[] page = page(p);
                int cut = random.nextInt(page.length + 1);
                yield save(folder, stem + ".html", Arrays.copyOf(page, cut), kind,
                        "cut at " + cut + " of " + page.length + " bytes");
            }
            case DEEP_HTML -> deepHtml(folder, stem, kind);
            case GZIP_BOMB -> save(folder, stem + ".warc.gz", bomb(), kind,
                    sizes.bombBytes() + " zero bytes gzipped");
            case BILLION_LAUGHS -> billionLaughs(folder, stem, kind);
            case FEED -> {
                boolean atom = random.nextBoolean();
                yield save(folder, stem + (atom ? ".atom" : random.nextBoolean() ? ".rss" : ".xml"),
                        utf8(atom ? atom() : rss()), kind, atom ? "Atom" : "RSS 2.0");
            }
            case TRUNCATED_FEED -> {
                byte[] feed = utf8(random.nextBoolean() ? atom() : rss());
                int cut = random.nextInt(feed.length + 1);
                yield save(folder, stem + ".rss", Arrays.copyOf(feed, cut), kind,
                        "cut at " + cut + " of " + feed.length + " bytes");
            }
            case BAD_JSON_LINES -> badJson(folder, stem, kind);
            case WARC -> {
                byte[] warc = warc(1 + random.nextInt(3));
                yield save(folder, stem + ".warc.gz", warc, kind, warc.length + " bytes");
            }
            case TRUNCATED_WARC -> {
                byte[] warc = warc(1 + random.nextInt(3));
                int cut = random.nextInt(warc.length + 1);
                yield save(folder, stem + ".warc.gz", Arrays.copyOf(warc, cut), kind,
                        "cut at " + cut + " of " + warc.length + " bytes");
            }
            case ODD_NAME -> oddName(folder, index, kind);
            case ENCODING -> encoded(folder, stem, kind);
        };
    }

    private Generated save(Path folder, String name, byte[] bytes, Kind kind, String detail) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return new Generated(file, kind, detail);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String tinyText() {
        String[] words = {"a", "Yes.", "?", "0", "—", "Breaking", "Kyiv", "42%", "ok ok", "\u00a0", "x\u0000y"};
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(i > 0 ? " " : "").append(pick(words));
        }
        return b.toString();
    }

    /** A headline and one to all paragraphs of a seed text. */
    private String article() {
        String[] paragraphs = seedTexts.get(random.nextInt(seedTexts.size())).split("\n+");
        int n = 1 + random.nextInt(paragraphs.length);
        return String.join("\n\n", Arrays.copyOf(paragraphs, n)) + "\n";
    }

    private String huge() {
        StringBuilder b = new StringBuilder(sizes.hugeChars() + 4096);
        while (b.length() < sizes.hugeChars()) {
            b.append(article()).append('\n');
        }
        return b.toString();
    }

    private byte[] page(int index) {
        if (pages[index] == null) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(pageFiles.get(index)))) {
                pages[index] = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the real page " + pageFiles.get(index), e);
            }
        }
        return pages[index];
    }

    private Generated deepHtml(Path folder, String stem, Kind kind) throws IOException {
        int depth = 1_000 + random.nextInt(sizes.maxDepth());
        boolean closed = random.nextBoolean();
        String tag = pick(new String[] {"div", "span", "b", "table", "p"});
        StringBuilder b = new StringBuilder("<html><body>");
        b.append(("<" + tag + ">").repeat(depth)).append(article());
        if (closed) {
            b.append(("</" + tag + ">").repeat(depth));
        }
        b.append("</body></html>");
        return save(folder, stem + ".html", utf8(b.toString()), kind,
                depth + " <" + tag + ">" + (closed ? "" : " never closed"));
    }

    private byte[] bomb() throws IOException {
        if (bomb == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (OutputStream gz = new GZIPOutputStream(buffer, 1 << 16)) {
                byte[] zeros = new byte[1 << 20];
                for (long written = 0; written < sizes.bombBytes(); written += zeros.length) {
                    gz.write(zeros);
                }
            }
            bomb = buffer.toByteArray();
        }
        return bomb;
    }

    private Generated billionLaughs(Path folder, String stem, Kind kind) throws IOException {
        int variant = random.nextInt(3);
        StringBuilder dtd = new StringBuilder();
        String use;
        String detail;
        if (variant == 0) {
            dtd.append("<!ENTITY lol0 \"lol\">\n");
            for (int i = 1; i <= 10; i++) {
                dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                        .append("\">\n");
            }
            use = "&lol10;";
            detail = "10 levels of 10 entities";
        } else if (variant == 1) {
            dtd.append("<!ENTITY big \"").append("x".repeat(50_000)).append("\">\n");
            use = "&big;".repeat(2_000);
            detail = "quadratic blow-up: one 50,000-character entity used 2,000 times";
        } else {
            dtd.append("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n");
            use = "&xxe;";
            detail = "external entity reading /etc/passwd";
        }
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n" + dtd + "]>\n<rss version=\"2.0\"><channel>"
                + "<title>Laughs</title><link>https://example.org/</link><description>d</description><item>"
                + "<title>" + use + "</title><link>https://example.org/1</link><description>" + use
                + "</description></item></channel></rss>\n";
        return save(folder, stem + (random.nextBoolean() ? ".rss" : ".xml"), utf8(xml), kind, detail);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private String rss() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Fuzz Times</title>"
                + "<link>https://fuzz.example/</link><description>news</description><language>en</language>\n");
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            boolean teaser = random.nextInt(4) == 0;
            String text = teaser ? "Read more on our site." : article();
            b.append("<item><title>Story ").append(i).append("</title><link>https://fuzz.example/s/").append(i)
                    .append("</link><guid>g").append(random.nextInt(5)).append("</guid><pubDate>Tue, 03 Sep 2024 ")
                    .append("10:00:00 GMT</pubDate><description>").append(escape(text.substring(0,
                            Math.min(120, text.length())))).append("</description>");
            if (!teaser) {
                b.append("<content:encoded><![CDATA[<p>").append(text.replace("\n\n", "</p><p>"))
                        .append("</p>]]></content:encoded>");
            }
            b.append("</item>\n");
        }
        return b.append("</channel></rss>\n").toString();
    }

    private String atom() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\""
                + "http://www.w3.org/2005/Atom\"><title>Fuzz Atom</title><id>urn:fuzz</id>"
                + "<updated>2024-09-03T10:00:00Z</updated>\n");
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            b.append("<entry><title>Entry ").append(i).append("</title><id>urn:fuzz:").append(i)
                    .append("</id><link href=\"https://fuzz.example/a/").append(i).append("\"/><updated>")
                    .append("2024-09-03T10:00:00Z</updated><content type=\"text\">").append(escape(article()))
                    .append("</content></entry>\n");
        }
        return b.append("</feed>\n").toString();
    }

    private Generated badJson(Path folder, String stem, Kind kind) throws IOException {
        int whole = random.nextInt(10);
        if (whole == 0) {
            return save(folder, stem + ".json", utf8(pick(new String[] {"[]", "{}", "[{}]", "null", "[[]]", "\"x\"",
                "[" + "[".repeat(3000)})), kind, "a whole-file JSON oddity");
        }
        StringBuilder b = new StringBuilder();
        int lines = 1 + random.nextInt(12);
        for (int line = 1; line <= lines; line++) {
            String text = jsonString(article());
            b.append(switch (random.nextInt(16)) {
                case 0 -> "{\"id\": 5, \"text\": 12}";
                case 1 -> "{\"id\": \"dup\", \"text\": " + text + "}";
                case 2 -> "{\"id\": " + (line + 1) + ", \"text\": " + text + "}";
                case 3 -> "{\"id\": \"cut\", \"text\": " + text.substring(0, text.length() / 2);
                case 4 -> "not json at all";
                case 5 -> "[1, 2, 3]";
                case 6 -> "{\"title\": [\"a\"], \"text\": " + text + "}";
                case 7 -> "{\"id\": 3.5, \"text\": " + text + "}";
                case 8 -> "{}";
                case 9 -> "{\"text\": NaN}";
                case 10 -> "";
                case 11 -> "{\"html\": " + jsonString("<p>" + article() + "</p>") + ", \"url\": 7}";
                case 12 -> "{\"text\": " + text + ", \"published\": \"yesterday\", \"author\": [\"A\", 2]}";
                case 13 -> "null";
                case 14 -> "{\"text\": \"" + "\\u00e9".repeat(3) + "\", \"id\": \"\"}";
                default -> "{\"id\": \"ok" + line + "\", \"title\": \"Fine\", \"text\": " + text + "}";
            }).append('\n');
        }
        return save(folder, stem + ".jsonl", utf8(b.toString()), kind, lines + " lines");
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A gzipped WARC of HTTP responses holding real pages, one gzip member per record. */
    private byte[] warc(int records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int r = 0; r < records; r++) {
            byte[] body = page(random.nextInt(pages.length));
            byte[] http = concat(utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                    + body.length + "\r\n\r\n"), body);
            String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:"
                    + new UUID(random.nextLong(), random.nextLong()) + ">\r\nWARC-Date: 2024-09-03T10:00:0" + r
                    + "Z\r\nWARC-Target-URI: https://fuzz.example/page/" + random.nextInt(1000) + "\r\n"
                    + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length
                    + "\r\n\r\n";
            // Closing a member closes only the ByteArrayOutputStream, which stays writable.
            try (OutputStream gz = new GZIPOutputStream(out)) {
                gz.write(utf8(header));
                gz.write(http);
                gz.write(utf8("\r\n\r\n"));
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private Generated oddName(Path folder, int index, Kind kind) throws IOException {
        String[] names = {"-%d leading dash.txt", "--%d-help.html", "%d with  two  spaces .txt",
            "%d ünïcødé Ελληνικά 日本語.txt", "%d emoji \uD83D\uDCF0.html", "%d 'quote\" and $dollar`.txt",
            "%d " + "long".repeat(55) + ".txt", "%d UPPER.TXT", "%d tab\tin name.txt", "%d semi;colon&amp.HTM",
            "%d new\nline.txt", "%d carriage\rreturn.txt", "%d escape \u001b[31mred.txt", "%d bell\u0007.txt",
            "%d right-to-left \u202Eoverride.txt"};
        String name = String.format(Locale.ROOT, pick(names), index);
        // a name with a control character gets an empty body half the time: its error line must stay one line
        boolean control = name.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' || c == '\u202E');
        byte[] body = control && random.nextBoolean() ? new byte[0]
                : name.toLowerCase(Locale.ROOT).endsWith(".txt") ? utf8(article())
                : utf8("<html><head><title>Odd</title></head><body><article><p>"
                        + article().replace("\n\n", "</p><p>") + "</p></article></body></html>");
        return save(folder, name, body, kind, "name: " + ConsoleText.line(name));
    }

    private Generated encoded(Path folder, String stem, Kind kind) throws IOException {
        String text = ACCENTED + "\n\n" + article();
        String[] variants = {"UTF-8", "UTF-8 with BOM", "UTF-16LE with BOM", "UTF-16BE with BOM", "windows-1252",
            "ISO-8859-1", "ISO-8859-1 page with meta charset", "windows-1252 page without charset",
            "UTF-8 page with a wrong meta charset (windows-1251)", "UTF-16LE page with BOM",
            "invalid UTF-8 bytes inside UTF-8"};
        int v = random.nextInt(variants.length);
        String html = "<html><head>%s<title>Encoded</title></head><body><article><p>"
                + text.replace("\n\n", "</p><p>") + "</p></article></body></html>";
        byte[] bytes;
        String ext = "txt";
        switch (v) {
            case 0 -> bytes = utf8(text);
            case 1 -> bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text));
            case 2 -> bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case 3 -> bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
            case 4 -> bytes = text.getBytes(Charset.forName("windows-1252"));
            case 5 -> bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            case 6 -> {
                bytes = html.formatted("<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.ISO_8859_1);
                ext = "html";
            }
            case 7 -> {
                bytes = html.formatted("").getBytes(Charset.forName("windows-1252"));
                ext = "html";
            }
            case 8 -> {
                bytes = utf8(html.formatted("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                        + "charset=windows-1251\">"));
                ext = "html";
            }
            case 9 -> {
                bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        html.formatted("<meta charset=\"utf-16\">").getBytes(StandardCharsets.UTF_16LE));
                ext = "html";
            }
            default -> {
                byte[] good = utf8(text);
                int at = random.nextInt(good.length);
                bytes = concat(concat(Arrays.copyOf(good, at), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}),
                        Arrays.copyOfRange(good, at, good.length));
            }
        }
        return save(folder, stem + "." + ext, bytes, kind, variants[v]);
    }
}
