package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a whole file into text, refusing files over a size limit and detecting the encoding. */
public final class FileLoader {

    private final long maxBytes;

    /**
     * Creates a loader.
     *
     * @param maxBytes the largest file accepted, in bytes
     */
    public FileLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Loads and decodes a file.
     *
     * @param file the file
     * @return its text
     * @throws InputException when the file is missing, unreadable, too large, empty or binary
     */
    public String load(Path file) throws InputException {
        return Decoder.decode(bytes(file));
    }

    /**
     * Loads a file's bytes within the size limit.
     *
     * @param file the file
     * @return its bytes
     * @throws InputException when the file is missing, unreadable or too large
     */
    public byte[] bytes(Path file) throws InputException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(String.format(Locale.ROOT, "file too large (%,d bytes; the limit is %,d)",
                        size, maxBytes));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file");
        } catch (IOException e) {
            throw new InputException("cannot read file: " + Problems.io(e));
        }
    }

    /**
     * Tells whether a file name ends in one of the extensions (case-insensitive).
     *
     * @param file       the file
     * @param extensions extensions without the dot
     * @return true when one matches
     */
    public static boolean hasExtension(Path file, String... extensions) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : extensions) {
            if (name.endsWith("." + ext)) {
                return true;
            }
        }
        return false;
    }
}
