package org.crosscheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.Dossier;

/** Writes the three dossier files into a folder: dossier.json, dossier.md and dossier.html. */
public final class DossierFiles {

    private DossierFiles() {
    }

    /**
     * Writes all three files.
     *
     * @param dossier the dossier
     * @param folder  the output folder (created if missing)
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(Dossier dossier, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path json = folder.resolve("dossier.json");
        Path md = folder.resolve("dossier.md");
        Path html = folder.resolve("dossier.html");
        DossierJson.write(dossier, json);
        new MarkdownWriter().write(dossier, md);
        new HtmlWriter().write(dossier, html);
        return List.of(json, md, html);
    }
}
