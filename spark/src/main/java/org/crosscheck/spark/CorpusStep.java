package org.crosscheck.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.crosscheck.Crosscheck;
import org.crosscheck.compare.CompareStage;
import org.crosscheck.group.GroupStage;
import org.crosscheck.model.Article;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.SourceError;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Story;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Progress;

/**
 * The table rows, in one task: statements and figures numbered across the corpus as core numbers them (a figure's
 * statement and the figure it restates renumbered with them), then core's {@link Crosscheck#corpusStages} but
 * comparing, with grouping's results found on the executors (the copies by band, {@link CopyStep}, and by pair,
 * {@link PairStep}, the quotes, {@link QuoteStep}, the events and stories by block, {@link EventStep}, the
 * summaries by event, {@link SummaryStep}), and the rows of every table but the comparisons; then each story's
 * parts, which {@link CompareStep} compares on the executors. The task holds the articles' texts, entities,
 * statements and figures (no annotations, no sentence vectors): this is the step that bounds the corpus one job
 * can take today (docs/SCALE.md).
 */
public final class CorpusStep implements FlatMapFunction<Iterator<CorpusPart>, CorpusResult> {

    private static final long serialVersionUID = 1L;
    private final List<SourceError> listingErrors;
    private final long addedMillis;

    /**
     * Makes the step.
     *
     * @param listingErrors the inputs that could not be listed (first among the errors, as in core)
     * @param addedMillis   the job's start, written as each article's {@code added} time
     */
    public CorpusStep(List<SourceError> listingErrors, long addedMillis) {
        this.listingErrors = List.copyOf(listingErrors);
        this.addedMillis = addedMillis;
    }

    @Override
    public Iterator<CorpusResult> call(Iterator<CorpusPart> parts) {
        List<Extracted> extracted = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        List<CorpusPart> readErrors = new ArrayList<>();
        List<Copy> copies = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        parts.forEachRemaining(p -> {
            if (p.extracted() != null) {
                extracted.add(p.extracted());
            } else if (p.entity() != null) {
                entities.add(p.entity());
            } else if (p.copy() != null) {
                copies.add(p.copy());
            } else if (p.event() != null) {
                events.add(p.event());
            } else if (p.story() != null) {
                stories.add(p.story());
            } else {
                readErrors.add(p);
            }
        });
        extracted.sort(Comparator.comparing(Extracted::ordinal));
        entities.sort(Comparator.comparing(e -> EntityIds.number(e.id())));
        readErrors.sort(Comparator.comparing(CorpusPart::ordinal));
        events.sort(Comparator.comparingLong(e -> EntityIds.number(e.id())));
        stories.sort(Comparator.comparingLong(st -> EntityIds.number(st.id())));
        Corpus corpus = corpus(extracted, entities, readErrors);
        // grouping was done on the executors: its stage only puts the copies, events and stories in the corpus
        for (CorpusStage stage : Crosscheck.corpusStages(() -> {
            throw new IllegalStateException("grouping embeds nothing in the corpus step");
        })) {
            // comparing is done per story on the executors (CompareStep); this task hands the stories out
            if (stage instanceof GroupStage group) {
                corpus = group.withFound(copies, events, stories).apply(corpus, Progress.NONE);
            } else if (!(stage instanceof CompareStage)) {
                corpus = stage.apply(corpus, Progress.NONE);
            }
        }
        Map<String, String> inputHashes = new HashMap<>();
        extracted.forEach(e -> inputHashes.put(e.article().id(), e.inputHash()));
        List<CorpusResult> out = new ArrayList<>();
        new TableRows(inputHashes, addedMillis).rows(corpus).forEach(r -> out.add(new CorpusResult(r, null)));
        CompareStage.stories(corpus).forEach(s -> out.add(new CorpusResult(null, s)));
        return out.iterator();
    }

    /** The corpus of every article, with statements and figures numbered in corpus order. */
    private Corpus corpus(List<Extracted> extracted, List<Entity> entities, List<CorpusPart> readErrors) {
        List<Article> articles = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<SourceError> errors = new ArrayList<>(listingErrors);
        readErrors.forEach(r -> errors.add(r.error()));
        for (Extracted e : extracted) {
            articles.add(e.article());
            Map<String, String> statementIds = new HashMap<>();
            for (Statement s : e.statements()) {
                String id = "s" + (statements.size() + 1);
                statementIds.put(s.id(), id);
                // the whole statement, parts and cue class too: comparisons pair a denial with its claim by them;
                // a statement goes on only from an earlier one of its article, already renumbered
                statements.add(s.withIds(id, s.continues() == null ? null : statementIds.get(s.continues())));
            }
            Map<String, String> figureIds = new HashMap<>();
            for (Figure f : e.figures()) {
                figureIds.put(f.id(), "f" + (figures.size() + figureIds.size() + 1));
            }
            for (Figure f : e.figures()) {
                figures.add(new Figure(figureIds.get(f.id()), f.article(), f.start(), f.end(), f.kind(), f.value(),
                        f.low(), f.high(), f.hedge(), f.unit(), f.counted(), f.place(), f.time(), f.claimant(),
                        f.statement() == null ? null : statementIds.get(f.statement()), f.measure(), f.scope(),
                        f.aliasOf() == null ? null : figureIds.get(f.aliasOf())));
            }
            errors.addAll(e.errors());
        }
        return Corpus.of(articles, errors).withEntities(entities).withStatements(statements).withFigures(figures);
    }
}
