package org.crosscheck.model;

/**
 * An input that could not be read, with a one-line reason.
 *
 * @param source  the input's path or URL (with {@code #key} for one record of many)
 * @param message what is wrong, in words a user understands
 */
public record SourceError(String source, String message) implements java.io.Serializable {

    /** The environment variable that, when set, prints the stack trace of every fault. */
    public static final String DEBUG_VARIABLE = "CROSSCHECK_DEBUG";

    /**
     * Reports a fault of Crosscheck itself (an exception no reader or stage expected) in the user's terms:
     * what failed and that the run went on, never the exception's text, which is printed with its stack
     * trace only when {@link #DEBUG_VARIABLE} is set.
     *
     * @param source the input or article that was being handled
     * @param what   what failed, e.g. "could not be read" or "annotate failed on this article"
     * @param fault  the exception
     * @return the error
     */
    public static SourceError fault(String source, String what, RuntimeException fault) {
        if (System.getenv(DEBUG_VARIABLE) != null) {
            System.err.println("fault on " + source + ":");
            fault.printStackTrace();
        }
        return new SourceError(source, what + " because of a fault in Crosscheck, not in the input's format"
                + "; the rest of the run went on (set " + DEBUG_VARIABLE + "=1 to see the details)");
    }
}
