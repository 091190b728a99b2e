package org.crosscheck.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Dossier;
import org.crosscheck.report.DossierJson;

/** Writes a store out as Parquet files, JSON Lines files (one per table) or one dossier.json. */
public final class Exporter {

    /** Export formats. */
    public enum Format {
        /** One {@code TABLE.parquet} per table. */
        PARQUET,
        /** One {@code TABLE.jsonl} per table, one row per line. */
        JSONL,
        /** One {@code dossier.json} in the contract format. */
        DOSSIER
    }

    private final Store store;

    /**
     * Makes an exporter.
     *
     * @param store the store to read
     */
    public Exporter(Store store) {
        this.store = store;
    }

    /**
     * Exports the store.
     *
     * @param format the format
     * @param folder the output folder (created when missing)
     * @param tool   the tool name and version written into a dossier
     * @return the files written
     * @throws IOException when the folder or a file cannot be written
     */
    public List<Path> export(Format format, Path folder, Dossier.Tool tool) throws IOException {
        Files.createDirectories(folder);
        if (format == Format.DOSSIER) {
            Path file = folder.resolve("dossier.json");
            DossierJson.write(store.dossier(tool), file);
            return List.of(file);
        }
        List<Path> files = new ArrayList<>();
        for (String table : Schema.TABLES) {
            Path file = folder.resolve(table + (format == Format.PARQUET ? ".parquet" : ".jsonl"));
            copy(table, file, format);
            files.add(file);
        }
        return files;
    }

    private void copy(String table, Path file, Format format) throws IOException {
        String options = format == Format.PARQUET ? "(FORMAT parquet)" : "(FORMAT json)";
        // table is a constant of Schema; the file name cannot be bound in COPY, so it is a quoted literal
        String sql = "COPY (SELECT * FROM " + table + ") TO " + Literal.of(file.toAbsolutePath().toString()) + " "
                + options;
        try {
            store.call(() -> {
                try (var s = store.connection().createStatement()) {
                    s.execute(sql);
                }
                return null;
            });
        } catch (StoreException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
