package org.crosscheck.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.ingest.Ingestor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck demo}: analyse the bundled sample corpus into out/demo. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyse the bundled sample corpus (samples/articles) and write the dossier to out/demo.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--samples", paramLabel = "DIR", description = "Sample corpus folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:crosscheck.home:-.}/samples/articles")
    private Path samples;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "out/demo")
    private Path out;

    @Option(names = {"-q", "--quiet"}, description = "Show no progress.")
    private boolean quiet;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(samples)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "sample corpus not found at " + samples
                    + "; run from the project folder or give --samples DIR");
        }
        spec.commandLine().getOut().println("Analysing the sample corpus in " + samples + " ...");
        // the demo keeps its own store beside the dossier (emptied first), so it never touches the user's store
        Path db = out.resolve("store.duckdb");
        int code = new AnalysisRun(spec).run(List.of(samples.toString()), out, Ingestor.DEFAULT_MAX_BYTES,
                ConsoleProgress.forConsole(quiet), db, true);
        spec.commandLine().getOut().printf("%nOpen %s in a browser, or browse and search it in the local web UI:%n"
                + "  ./crosscheck serve --db %s%n", out.resolve("dossier.html"), db);
        return code;
    }
}
