package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.xml.sax.SAXParseException;

/**
 * Says what went wrong with an input in the user's terms: where (line, column, byte) and what kind of
 * fault, never a library's message (a parser's wording, an exception's name, an internal setting).
 */
final class Problems {

    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.{1,4}?)' \\(code");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']{1,20})");
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']{1,20})'");
    private static final Pattern POSITION = Pattern.compile("at position (\\d+)");

    private Problems() {
    }

    /**
     * Why JSON did not parse, with where.
     *
     * @param e    the parser's exception
     * @param line the line to report, or 0 to take the parser's line
     * @return e.g. "it breaks off before the record ends (at column 2)"
     */
    static String json(JsonProcessingException e, int line) {
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() <= 0) {
            return jsonKind(e);
        }
        return jsonKind(e) + " (at " + (line == 0 ? "line " + at.getLineNr() + ", " : "") + "column "
                + at.getColumnNr() + ")";
    }

    private static String jsonKind(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "it breaks off before the record ends";
        }
        if (e instanceof StreamConstraintsException) {
            return "it is nested too deeply, or holds a number, string or name too long to read";
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e.getCause() instanceof CharConversionException || original.startsWith("Invalid UTF-8")) {
            return "it is not valid UTF-8 text";
        }
        Matcher m = UNEXPECTED.matcher(original);
        if (m.find()) {
            return "unexpected character '" + org.crosscheck.pipeline.PrintableText.line(m.group(1)) + "'";
        }
        m = UNRECOGNIZED.matcher(original);
        if (m.find()) {
            return "unknown word '" + org.crosscheck.pipeline.PrintableText.line(m.group(1)) + "' where a value should be (strings need quotes)";
        }
        m = NON_STANDARD.matcher(original);
        if (m.find()) {
            return "'" + org.crosscheck.pipeline.PrintableText.line(m.group(1)) + "' is not a number JSON allows";
        }
        if (original.startsWith("Illegal unquoted character")) {
            return "a control character (such as a raw line break or tab) inside a string";
        }
        if (original.contains("Unexpected end-of-input")) {
            return "it breaks off before the record ends";
        }
        return "it is not well-formed";
    }

    /**
     * Why XML did not parse, with the line when the parser told it.
     *
     * @param e the failure (its causes are searched for the parser's)
     * @return e.g. "the XML is cut short or malformed at line 3, column 14"
     */
    static String xml(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SAXParseException sax && sax.getLineNumber() > 0) {
                return "the XML is cut short or malformed at line " + sax.getLineNumber()
                        + (sax.getColumnNumber() > 0 ? ", column " + sax.getColumnNumber() : "");
            }
        }
        return "the XML is cut short or malformed";
    }

    /**
     * Why a file could not be read from disk.
     *
     * @param e the exception
     * @return e.g. "permission denied"
     */
    static String io(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it no longer exists";
        }
        if (e instanceof FileSystemLoopException loop) {
            return "a symbolic link loops back to " + loop.getFile();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            // the operating system's own words ("Is a directory", "Input/output error")
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return "the disk read failed";
    }

    /**
     * Why a web archive (or one of its records) could not be read.
     *
     * @param e      the exception of the WARC reader
     * @param record true when one record failed, false when the archive did
     * @return e.g. "its gzip compression is damaged"
     */
    static String warc(Exception e, boolean record) {
        String subject = record ? "the record" : "a record";
        if (e instanceof EOFException) {
            return "it ends in the middle of a record";
        }
        if (e instanceof ZipException) {
            return "its gzip compression is damaged";
        }
        if (e instanceof NoSuchElementException) {
            return subject + " lacks a header the format requires (such as WARC-Date or WARC-Record-ID)";
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("invalid WARC record")) {
            Matcher m = POSITION.matcher(message);
            return subject + " is malformed" + (m.find() ? " at byte " + m.group(1) : "");
        }
        if (e instanceof IOException io) {
            return io(io);
        }
        return subject + " is malformed";
    }
}
