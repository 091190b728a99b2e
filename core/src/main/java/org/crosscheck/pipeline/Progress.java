package org.crosscheck.pipeline;

/**
 * Receives progress of long work so a front end can show it. Implementations must be thread-safe:
 * {@link #advance(long)} may be called from worker threads.
 */
public interface Progress {

    /** A listener that shows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void begin(String task, long total) {
        }

        @Override
        public void advance(long steps) {
        }

        @Override
        public void end() {
        }
    };

    /**
     * Starts a task.
     *
     * @param task  what is being done, e.g. "annotating"
     * @param total the number of steps, or -1 when unknown
     */
    void begin(String task, long total);

    /**
     * Reports finished steps of the current task.
     *
     * @param steps how many steps were finished since the last call
     */
    void advance(long steps);

    /** Ends the current task. */
    void end();

    /**
     * Shows a one-line remark that is not an error (e.g. records of an archive skipped as not HTML).
     *
     * @param message the remark
     */
    default void note(String message) {
    }

    /**
     * Says which file or article is being worked on, so that one that takes long can be shown by name. Call
     * it from the thread that does the work and close what it returns when that item is done.
     *
     * @param item the file or article source
     * @return closes the item
     */
    default Work working(String item) {
        return Work.NONE;
    }

    /** One item being worked on (see {@link #working(String)}); closing it says the item is done. */
    @FunctionalInterface
    interface Work extends AutoCloseable {

        /** An item nobody watches. */
        Work NONE = () -> {
        };

        /** Ends the item. */
        @Override
        void close();

        /**
         * Says how many records of the item have been read so far (documents and failed records of one archive
         * or JSON Lines file), so that a big file that takes long shows it is moving; ignored unless shown.
         *
         * @param records the records read from the item so far
         */
        default void counted(long records) {
        }
    }
}
