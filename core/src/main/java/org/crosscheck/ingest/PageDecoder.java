package org.crosscheck.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a web page's bytes the way a browser picks the encoding: a byte-order mark, then the charset the
 * HTTP header declares, then a {@code <meta>} charset (or XML declaration) in the first bytes, then
 * detection ({@link Decoder}). Binary content is refused with its kind named.
 */
public final class PageDecoder {

    /** How far into the page a {@code <meta charset>} is looked for (HTML's own limit is 1024; pages exceed it). */
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private PageDecoder() {
    }

    /**
     * Decodes a page.
     *
     * @param bytes           the page's bytes
     * @param declaredCharset the charset from the HTTP {@code Content-Type} header, or null
     * @return the text, without a byte-order mark
     * @throws InputException when the page is empty or binary (the message names the format)
     */
    public static String decode(byte[] bytes, String declaredCharset) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("empty page");
        }
        String binary = BinarySniffer.binaryKind(bytes);
        if (binary != null) {
            throw new InputException("binary content (" + binary + "), not a text page");
        }
        if (Decoder.byteOrderMark(bytes) != null) {
            return Decoder.decode(bytes);
        }
        Charset charset = charset(declaredCharset);
        if (charset == null) {
            charset = charset(declaredInPage(bytes));
        }
        if (charset == null) {
            return Decoder.decode(bytes);
        }
        return decodeAs(bytes, charset);
    }

    /**
     * Valid UTF-8 with multi-byte sequences is almost never another encoding by chance, while servers often
     * send a wrong default (ISO-8859-1) in the header; so such bytes are read as UTF-8 whatever is declared.
     */
    private static String decodeAs(byte[] bytes, Charset charset) {
        if (!charset.equals(StandardCharsets.UTF_8) && hasHighBytes(bytes)) {
            String utf8 = Decoder.strictUtf8(bytes);
            if (utf8 != null) {
                return utf8;
            }
        }
        return new String(bytes, charset);
    }

    private static boolean hasHighBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds the charset a page declares in its first bytes.
     *
     * @param bytes the page
     * @return the name in a {@code <meta>} tag or XML declaration, or null
     */
    static String declaredInPage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
            return meta.group(1);
        }
        Matcher xml = XML_ENCODING.matcher(head);
        return xml.find() ? xml.group(1) : null;
    }

    /**
     * Looks a charset up by name, tolerating unknown names.
     *
     * @param name a charset name, or null
     * @return the charset, or null when the name is missing or unknown
     */
    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        // Browsers read both as windows-1252, which also decodes the bytes 0x80-0x9F that latin-1 leaves as controls.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return Charset.forName("windows-1252");
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
