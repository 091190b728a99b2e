package org.crosscheck.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crosscheck} command. Exit codes: 0 all inputs read, 1 some inputs failed (the run went
 * on), 2 usage error, 3 the tool itself failed.
 */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads many news articles about the same happenings and tells who says what, which figures "
                + "are reported by whom, which articles are copies, and where sources agree or differ.",
        subcommands = {AnalyzeCommand.class, FetchCommand.class, DemoCommand.class, ServeCommand.class, SearchCommand.class,
            ExportCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code when the tool itself failed. */
    public static final int EXIT_FAILURE = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its code.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        // names this process in a store's lock file, for a second process that finds the store in use
        System.setProperty("crosscheck.command", ("crosscheck " + String.join(" ", args)).strip());
        System.exit(run(args));
    }

    /**
     * Runs the command line without exiting (for tests and embedding).
     *
     * @param args command-line arguments
     * @return the exit code
     */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /**
     * Runs the command line with given output streams (for tests and embedding).
     *
     * @param out  where results go
     * @param err  where errors and diagnostics go
     * @param args command-line arguments
     * @return the exit code
     */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return new CommandLine(new Main()).setOut(out).setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (System.getenv("CROSSCHECK_DEBUG") != null) {
                        e.printStackTrace();
                    }
                    cmd.getErr().println("crosscheck: " + describe(e));
                    return EXIT_FAILURE;
                })
                .execute(args);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Supplies the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"crosscheck " + org.crosscheck.Crosscheck.version()};
        }
    }
}
