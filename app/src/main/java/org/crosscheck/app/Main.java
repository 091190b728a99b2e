package org.crosscheck.app;

/** Entry point of the {@code crosscheck} command (placeholder until the CLI lands). */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.out.println("crosscheck");
    }
}
