package org.crosscheck.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.crosscheck.Crosscheck;
import org.crosscheck.clean.meta.OutletFurniture;
import org.crosscheck.clean.meta.OutletNames;
import org.crosscheck.clean.meta.OutletNaming;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Progress;
import scala.Tuple2;

/**
 * The outlet stages, one outlet at a time: the articles are shuffled by {@link #key outlet key}, and each
 * group goes through core's {@link Crosscheck#outletStages} ({@link OutletNaming}, then {@link OutletFurniture}).
 * Both stages only ever compare articles under one key (naming picks a name per key; furniture counts
 * paragraphs per outlet name, and names of different keys never fold to one lower-case name), so per-group
 * runs give the whole-corpus result.
 */
public final class OutletStep implements FlatMapFunction<Tuple2<String, Iterable<ReadResult>>, ReadResult> {

    private static final long serialVersionUID = 1L;

    /**
     * Returns the shuffle key of an article: its outlet's {@link OutletNames#key key}; an article without an
     * outlet is a group of its own.
     *
     * @param r a read result holding an article
     * @return the key
     */
    public static String key(ReadResult r) {
        Article a = r.article();
        if (a.outlet() == null) {
            return "none " + a.id();
        }
        String key = OutletNames.key(a.outlet());
        return key.isEmpty() ? "name " + a.outlet().toLowerCase(Locale.ROOT) : "key " + key;
    }

    @Override
    public Iterator<ReadResult> call(Tuple2<String, Iterable<ReadResult>> group) {
        List<ReadResult> read = new ArrayList<>();
        group._2().forEach(read::add);
        read.sort(Comparator.comparing(ReadResult::ordinal));
        Map<String, ReadResult> byId = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        for (ReadResult r : read) {
            byId.put(r.article().id(), r);
            articles.add(r.article());
        }
        Corpus corpus = Corpus.of(articles, List.of());
        for (CorpusStage stage : Crosscheck.outletStages()) {
            corpus = stage.apply(corpus, Progress.NONE);
        }
        List<ReadResult> out = new ArrayList<>();
        for (Article a : corpus.articles()) {
            ReadResult r = byId.get(a.id());
            out.add(new ReadResult(r.ordinal(), a, r.inputHash(), null));
        }
        return out.iterator();
    }
}
