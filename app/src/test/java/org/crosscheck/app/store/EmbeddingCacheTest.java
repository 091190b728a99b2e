package org.crosscheck.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.group.Embedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {

    @TempDir
    Path dir;

    /** A tiny real embedder: the text's length and its number of spaces, as a unit vector; counts its calls. */
    private static final class Counting implements Embedder {
        final List<String> seen = new ArrayList<>();

        @Override
        public List<float[]> embed(List<String> texts) {
            seen.addAll(texts);
            return texts.stream().map(t -> {
                float a = t.length();
                float b = t.chars().filter(c -> c == ' ').count();
                float n = (float) Math.sqrt(a * a + b * b);
                return new float[] {a / n, b / n};
            }).toList();
        }
    }

    @Test
    void vectorsAreComputedOnceAndReadBackFromTheStore() {
        Counting model = new Counting();
        try (Store store = Store.open(dir.resolve("s.duckdb"))) {
            List<float[]> first = new EmbeddingCache(store, model).embed(List.of("one two", "three", "one two"));
            assertThat(model.seen).containsExactly("one two", "three");
            List<float[]> again = new EmbeddingCache(store, model).embed(List.of("three", "four five six", "one two"));
            assertThat(model.seen).containsExactly("one two", "three", "four five six");
            assertThat(again.get(0)).containsExactly(first.get(1));
            assertThat(again.get(2)).containsExactly(first.get(0));
            assertThat(first.get(2)).containsExactly(first.get(0));
        }
    }
}
