package org.crosscheck.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.model.Dossier;
import org.crosscheck.report.DossierJson;

/** Adds a dossier.json file or a Parquet export folder to a store, through {@link Store#add}. */
public final class Importer {

    private final Store store;

    /**
     * Makes an importer.
     *
     * @param store the store to add to
     */
    public Importer(Store store) {
        this.store = store;
    }

    /**
     * Imports a file or folder.
     *
     * @param input a {@code dossier.json} file, or a folder of {@code TABLE.parquet} files as written by export
     *              (each may be a folder of part files, as the Spark job writes with {@code --table-parts})
     * @param tool  the tool name and version (for the intermediate dossier)
     * @return what was added and skipped
     * @throws IOException when the input cannot be read or is of neither kind
     */
    public AddReport importFrom(Path input, Dossier.Tool tool) throws IOException {
        if (Files.isDirectory(input)) {
            if (!Files.exists(input.resolve("articles.parquet"))) {
                throw new IOException(input + " holds no articles.parquet (not a Parquet export)");
            }
            Dossier d;
            try {
                d = store.readParquet(input, tool);
            } catch (StoreException e) {
                throw new IOException("cannot read Parquet export " + input + ": " + e.getMessage(), e);
            }
            return store.add(d);
        }
        if (!Files.isRegularFile(input)) {
            throw new IOException(input + " does not exist");
        }
        return store.add(DossierJson.read(input));
    }
}
