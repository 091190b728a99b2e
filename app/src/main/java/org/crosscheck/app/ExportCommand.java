package org.crosscheck.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.app.store.Exporter;
import org.crosscheck.app.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crosscheck export --format parquet|jsonl|dossier --out DIR}: writes the store out. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the store out: one Parquet or JSON Lines file per table, or one dossier.json.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    private DbOption db;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "parquet, jsonl or dossier.", converter = FormatConverter.class)
    private Exporter.Format format;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder.")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Store store = Store.open(db.path())) {
            List<Path> files = new Exporter(store).export(format, out, DbOption.tool());
            spec.commandLine().getOut().println("Exported " + files.size() + " file(s) to " + out);
        }
        return 0;
    }

    /** Accepts the format in any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Exporter.Format> {
        @Override
        public Exporter.Format convert(String value) {
            try {
                return Exporter.Format.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected parquet, jsonl or dossier, not " + value);
            }
        }
    }
}
