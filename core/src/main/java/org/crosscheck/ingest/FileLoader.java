package org.crosscheck.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
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
        return load(Input.of(file));
    }

    /**
     * Loads and decodes an input.
     *
     * @param input the input
     * @return its text
     * @throws InputException when the input is missing, unreadable, too large, empty or binary
     */
    public String load(Input input) throws InputException {
        return Decoder.decode(bytes(input));
    }

    /**
     * Loads a file's bytes within the size limit.
     *
     * @param file the file
     * @return its bytes
     * @throws InputException when the file is missing, unreadable or too large
     */
    public byte[] bytes(Path file) throws InputException {
        return bytes(Input.of(file));
    }

    /**
     * Loads an input's bytes within the size limit.
     *
     * @param input the input
     * @return its bytes
     * @throws InputException when the input is missing, unreadable or too large
     */
    public byte[] bytes(Input input) throws InputException {
        try {
            long size = input.size();
            if (size > maxBytes) {
                throw tooLarge(size);
            }
            try (InputStream in = input.open()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw tooLarge(bytes.length);
                }
                return bytes;
            }
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw new InputException("no such file");
        } catch (IOException e) {
            throw new InputException("cannot read file: " + Problems.io(e));
        }
    }

    private InputException tooLarge(long size) {
        return new InputException(String.format(Locale.ROOT, "file too large (%,d bytes; the limit is %,d)", size,
                maxBytes));
    }

    /**
     * Tells whether a file name ends in one of the extensions (case-insensitive).
     *
     * @param file       the file
     * @param extensions extensions without the dot
     * @return true when one matches
     */
    public static boolean hasExtension(Path file, String... extensions) {
        return hasExtension(Input.of(file), extensions);
    }

    /**
     * Tells whether an input's name ends in one of the extensions (case-insensitive).
     *
     * @param input      the input
     * @param extensions extensions without the dot
     * @return true when one matches
     */
    public static boolean hasExtension(Input input, String... extensions) {
        String name = input.name().toLowerCase(Locale.ROOT);
        for (String ext : extensions) {
            if (name.endsWith("." + ext)) {
                return true;
            }
        }
        return false;
    }
}
