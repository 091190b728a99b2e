package org.crosscheck.app.store;

/** A store that cannot be opened, read or written; the message names the store file. */
public final class StoreException extends RuntimeException {

    /**
     * Makes an exception.
     *
     * @param message what went wrong, in words a user understands
     * @param cause   the underlying error
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
