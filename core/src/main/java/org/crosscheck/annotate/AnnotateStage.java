package org.crosscheck.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.SourceError;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Guard;
import org.crosscheck.pipeline.Part;
import org.crosscheck.pipeline.Progress;

/** Annotates every article of a corpus, on several threads, with one shared {@link Annotator}. */
public final class AnnotateStage implements CorpusStage {

    private final java.util.function.Supplier<Annotator> annotator;
    private final int threads;

    /**
     * Creates the stage.
     *
     * @param annotator supplies the annotator (called once, when the stage first runs, so models load lazily)
     * @param threads   worker threads; 1 annotates in the calling thread
     */
    public AnnotateStage(java.util.function.Supplier<Annotator> annotator, int threads) {
        this.annotator = annotator;
        this.threads = Math.max(1, threads);
    }

    @Override
    public String name() {
        return "annotating";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.ARTICLES);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.ANNOTATIONS);
    }

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        List<Article> articles = corpus.articles();
        progress.begin(name(), articles.size());
        Annotator a = articles.isEmpty() ? null : annotator.get();
        Map<String, Annotation> out = new ConcurrentHashMap<>();
        List<SourceError> errors = java.util.Collections.synchronizedList(new ArrayList<>(corpus.errors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = articles.stream().<Future<?>>map(article -> pool.submit(() -> {
                Annotation done = Guard.perArticle(name(), article, errors, () -> a.annotate(article), null);
                if (done != null) {
                    out.put(article.id(), done);
                }
                progress.advance(1);
            })).toList();
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("annotation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("annotation failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
            progress.end();
        }
        return corpus.withAnnotations(out).withErrors(new ArrayList<>(errors));
    }
}
