package org.crosscheck.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.crosscheck.model.SourceError;

/**
 * Lists the files the inputs stand for, on the driver and by name only (no file is opened): each file as
 * given, each folder's files recursively with hidden files and folders skipped, sorted by path, as core's
 * {@link org.crosscheck.ingest.Ingestor#expand} lists local inputs. The listing is the only per-file state the
 * driver holds (a path and a name per file).
 */
public final class InputListing {

    private final HadoopConf conf;

    /**
     * Makes a listing.
     *
     * @param conf the Hadoop configuration that reaches the file systems
     */
    public InputListing(HadoopConf conf) {
        this.conf = conf;
    }

    /**
     * Lists the inputs.
     *
     * @param inputs paths as the user gave them (any Hadoop file system)
     * @param errors receives an error for each input that does not exist or cannot be listed
     * @return the files, numbered in order
     */
    public List<InputFile> list(List<String> inputs, List<SourceError> errors) {
        List<InputFile> out = new ArrayList<>();
        for (String input : inputs) {
            String given = strip(input);
            try {
                Path root = new Path(given);
                FileSystem fs = root.getFileSystem(conf.get());
                FileStatus status = fs.getFileStatus(root);
                if (status.isFile()) {
                    out.add(new InputFile(status.getPath().toString(), given, out.size(), true));
                    continue;
                }
                String rootPath = status.getPath().toUri().getPath();
                List<String[]> found = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> files = fs.listFiles(status.getPath(), true);
                while (files.hasNext()) {
                    LocatedFileStatus f = files.next();
                    String relative = f.getPath().toUri().getPath().substring(rootPath.length()).replaceFirst("^/", "");
                    if (!hidden(relative)) {
                        found.add(new String[] {given + "/" + relative, f.getPath().toString()});
                    }
                }
                found.sort((a, b) -> a[0].compareTo(b[0]));
                for (String[] f : found) {
                    out.add(new InputFile(f[1], f[0], out.size(), false));
                }
            } catch (FileNotFoundException e) {
                errors.add(new SourceError(input, "no such file or folder"));
            } catch (IOException e) {
                errors.add(new SourceError(input, "cannot list: " + e.getMessage()));
            } catch (RuntimeException e) {
                errors.add(SourceError.fault(input, "could not be listed", e));
            }
        }
        return out;
    }

    private static String strip(String input) {
        String s = input;
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
