package org.crosscheck.ingest;

/** An input that cannot be read, with a one-line reason meant for the user (no stack trace). */
public final class InputException extends Exception {

    /**
     * Creates the exception.
     *
     * @param message the reason, e.g. "binary file, not text"
     */
    public InputException(String message) {
        super(message);
    }
}
