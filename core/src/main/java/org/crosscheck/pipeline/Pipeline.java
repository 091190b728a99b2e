package org.crosscheck.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.clean.ArticleCleaner;
import org.crosscheck.ingest.DocumentSink;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.ingest.UrlReader;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.RawDocument;
import org.crosscheck.model.SourceError;

/**
 * Wires the stages: ingest and clean each input into articles, then run the corpus stages in order.
 * The order is checked when the pipeline is built: every stage's requirements must be provided by
 * an earlier one.
 */
public final class Pipeline {

    private final Ingestor ingestor;
    private final ArticleCleaner cleaner;
    private final List<CorpusStage> stages;

    /**
     * Builds a pipeline.
     *
     * @param ingestor reads inputs
     * @param cleaner  cleans documents into articles
     * @param stages   the corpus stages, in order
     * @throws IllegalArgumentException when a stage requires a part no earlier stage provides
     */
    public Pipeline(Ingestor ingestor, ArticleCleaner cleaner, List<CorpusStage> stages) {
        this.ingestor = ingestor;
        this.cleaner = cleaner;
        this.stages = List.copyOf(stages);
        check(this.stages);
    }

    private static void check(List<CorpusStage> stages) {
        Set<Part> provided = EnumSet.of(Part.ARTICLES);
        for (CorpusStage stage : stages) {
            Set<Part> missing = EnumSet.noneOf(Part.class);
            missing.addAll(stage.requires());
            missing.removeAll(provided);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage '" + stage.name() + "' requires " + missing
                        + ", which no earlier stage provides");
            }
            provided.addAll(stage.provides());
        }
    }

    /** Returns the corpus stages in order. */
    public List<CorpusStage> stages() {
        return stages;
    }

    /**
     * Runs the whole pipeline.
     *
     * @param inputs   files and folders as the user gave them
     * @param progress where to report progress
     * @return the analysed corpus, with every input that failed in its errors
     */
    public Corpus run(List<String> inputs, Progress progress) {
        Corpus corpus = read(inputs, progress);
        for (CorpusStage stage : stages) {
            corpus = stage.apply(corpus, progress);
        }
        return corpus;
    }

    /**
     * Runs only ingest and clean.
     *
     * @param inputs   files, folders and http(s) URLs as the user gave them
     * @param progress where to report progress
     * @return a corpus holding the cleaned articles and the errors
     */
    public Corpus read(List<String> inputs, Progress progress) {
        List<SourceError> errors = new ArrayList<>();
        List<String> urls = inputs.stream().filter(UrlReader::isUrl).toList();
        List<Path> files = ingestor.expand(inputs.stream().filter(i -> !UrlReader.isUrl(i)).toList(), errors);
        List<Article> articles = new ArrayList<>();
        progress.begin("reading", files.size() + urls.size());
        DocumentSink sink = new DocumentSink() {
            @Override
            public void document(RawDocument document) {
                try {
                    articles.add(cleaner.clean(document, "a" + (articles.size() + 1)));
                } catch (RuntimeException e) {
                    // One document the cleaner cannot handle must not end a run of thousands.
                    errors.add(SourceError.fault(document.source(), "could not be cleaned", e));
                }
            }

            @Override
            public void error(SourceError error) {
                errors.add(error);
            }

            @Override
            public void note(String source, String message) {
                progress.note(source + ": " + message);
            }
        };
        for (String url : urls) {
            Progress.Work working = progress.working(url);
            try {
                ingestor.readUrl(url, sink);
            } finally {
                working.close();
            }
            progress.advance(1);
        }
        for (Path file : files) {
            Progress.Work working = progress.working(file.toString());
            try {
                ingestor.read(file, new CountingSink(sink, working));
            } finally {
                working.close();
            }
            progress.advance(1);
        }
        progress.end();
        return Corpus.of(articles, errors);
    }
}
