package org.crosscheck;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.crosscheck.annotate.AnnotateStage;
import org.crosscheck.annotate.LanguageRouter;
import org.crosscheck.clean.ArticleCleaner;
import org.crosscheck.compare.CompareStage;
import org.crosscheck.clean.meta.OutletFurniture;
import org.crosscheck.clean.meta.OutletNaming;
import org.crosscheck.extract.EntityStage;
import org.crosscheck.extract.FigureStage;
import org.crosscheck.extract.frame.FrameStage;
import org.crosscheck.extract.StatementStage;
import org.crosscheck.group.Embedder;
import org.crosscheck.group.GroupStage;
import org.crosscheck.group.MiniLmEmbedder;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.ingest.WebClient;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Dossier;
import org.crosscheck.pipeline.Budgets;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Progress;

/**
 * The facade: one call from inputs to a dossier, over the stage packages ({@code ingest}, {@code clean},
 * {@code annotate}, {@code extract}, {@code group}, {@code compare}, {@code report}).
 */
public final class Crosscheck {

    /** The tool's name as written into dossiers. */
    public static final String NAME = "crosscheck";

    private Crosscheck() {
    }

    /** Returns the build version (from the jar manifest), or "dev" when run from classes. */
    public static String version() {
        String v = Crosscheck.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * Builds the standard pipeline with every stage available in this build.
     *
     * @param maxFileBytes the largest input file accepted
     * @return the pipeline
     */
    public static Pipeline pipeline(long maxFileBytes) {
        return pipeline(maxFileBytes, MiniLmEmbedder::shared, null);
    }

    /**
     * Builds the standard pipeline with another sentence embedder for grouping (e.g. one that keeps
     * vectors in a store, so that regrouping a store embeds only new sentences).
     *
     * @param maxFileBytes the largest input file accepted
     * @param embedder     supplies the embedder (called once, when grouping runs)
     * @return the pipeline
     */
    public static Pipeline pipeline(long maxFileBytes, Supplier<Embedder> embedder) {
        return pipeline(maxFileBytes, embedder, null);
    }

    /**
     * Builds the standard pipeline that may also read URLs and the linked pages of feed entries.
     *
     * @param maxFileBytes the largest input file (or archive record) accepted
     * @param embedder     supplies the embedder (called once, when grouping runs)
     * @param web          fetches URL inputs; null to fetch nothing
     * @return the pipeline
     */
    public static Pipeline pipeline(long maxFileBytes, Supplier<Embedder> embedder, WebClient web) {
        return pipeline(maxFileBytes, embedder, web, Budgets.DEFAULT);
    }

    /**
     * Builds the standard pipeline with budgets per article.
     *
     * @param maxFileBytes the largest input file (or archive record) accepted
     * @param embedder     supplies the embedder (called once, when grouping runs)
     * @param web          fetches URL inputs; null to fetch nothing
     * @param budgets      how much text of one article is annotated and how long annotating and extracting
     *                     it may take
     * @return the pipeline
     */
    public static Pipeline pipeline(long maxFileBytes, Supplier<Embedder> embedder, WebClient web,
                                    Budgets budgets) {
        List<CorpusStage> stages = new ArrayList<>(outletStages());
        LanguageRouter annotator = LanguageRouter.standard();
        stages.add(new AnnotateStage(() -> annotator, Runtime.getRuntime().availableProcessors(),
                budgets));
        stages.add(new EntityStage(budgets.perArticle()));
        stages.addAll(articleStages(budgets));
        stages.addAll(corpusStages(embedder));
        return new Pipeline(Ingestor.standard(maxFileBytes, web), ArticleCleaner.standard(), stages);
    }

    /**
     * Returns the pipeline's first stages, over the cleaned articles: outlet names, then outlet furniture. The
     * standard pipeline runs them, then annotation and entities, then {@link #articleStages}, then
     * {@link #corpusStages}; a distributed run (the {@code spark} module) runs the same lists in the same order.
     *
     * @return the stages, in order
     */
    public static List<CorpusStage> outletStages() {
        return List.of(new OutletNaming(), new OutletFurniture());
    }

    /**
     * Returns the stages after entity resolution that work article by article, each article needing only its
     * own text, annotation and entities: statements, figures, then the figures' frames.
     *
     * @param budgets the time one article may take
     * @return the stages, in order
     */
    public static List<CorpusStage> articleStages(Budgets budgets) {
        return List.of(new StatementStage(budgets.perArticle()), new FigureStage(budgets.perArticle()),
                new FrameStage(budgets.perArticle()));
    }

    /**
     * Returns the last stages, over the whole corpus: grouping (copies, events, stories), then comparisons.
     *
     * @param embedder supplies the sentence embedder for grouping (called once, when grouping runs)
     * @return the stages, in order
     */
    public static List<CorpusStage> corpusStages(Supplier<Embedder> embedder) {
        return List.of(new GroupStage(embedder), new CompareStage());
    }

    /**
     * Analyses inputs with the standard pipeline.
     *
     * @param inputs   files and folders
     * @param progress where to report progress
     * @return the dossier
     */
    public static Dossier analyze(List<String> inputs, Progress progress) {
        return dossier(pipeline(Ingestor.DEFAULT_MAX_BYTES).run(inputs, progress));
    }

    /**
     * Makes a dossier of an analysed corpus, stamped with the current time and this tool's version.
     *
     * @param corpus the corpus
     * @return the dossier
     */
    public static Dossier dossier(Corpus corpus) {
        String now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        return Dossier.of(corpus, now, new Dossier.Tool(NAME, version()));
    }
}
