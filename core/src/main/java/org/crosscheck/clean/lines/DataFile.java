package org.crosscheck.clean.lines;

import java.util.List;
import org.crosscheck.pipeline.DataFiles;

/** Reads the line filters' word lists, kept as tab-separated data files next to these classes. */
final class DataFile {

    private DataFile() {
    }

    /**
     * Reads a data file; blank lines and lines starting with {@code #} are skipped.
     *
     * @param name the file name ("byline-words.txt")
     * @return its rows, each the line's tab-separated columns
     * @throws IllegalStateException when the file is missing from the class path
     */
    static List<String[]> rows(String name) {
        return DataFiles.rows(DataFile.class, name);
    }
}
