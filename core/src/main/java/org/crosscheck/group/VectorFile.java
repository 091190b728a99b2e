package org.crosscheck.group;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Sentence vectors kept in a temporary file instead of the heap, so that grouping a large corpus on one machine
 * holds of each article only the few vectors every pair score reads (its lead's) and reads the rest (what a
 * rewrite and a summary compare) back when asked. The file is deleted when closed. Not for profiles that leave
 * the JVM (a distributed run's are serialized): the lists it returns read from this file. Reading is thread-safe.
 */
final class VectorFile implements AutoCloseable {

    private final FileChannel channel;
    private long end;

    private VectorFile(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Opens a new temporary file.
     *
     * @return the file, empty
     * @throws UncheckedIOException when no temporary file can be made
     */
    static VectorFile temporary() {
        try {
            Path path = Files.createTempFile("crosscheck-vectors", ".bin");
            return new VectorFile(FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary file for sentence vectors: " + e.getMessage(), e);
        }
    }

    /**
     * Keeps an article's vectors: the first ones on the heap, the rest in the file.
     *
     * @param vectors the vectors, all of one length
     * @param onHeap  how many of the first to keep on the heap
     * @return a list equal to {@code vectors} (same values, in order) that reads the rest from the file
     * @throws UncheckedIOException when the file cannot be written
     */
    synchronized List<float[]> keep(List<float[]> vectors, int onHeap) {
        if (vectors.size() <= onHeap) {
            return vectors;
        }
        int dims = vectors.get(0).length;
        ByteBuffer bytes = ByteBuffer.allocate((vectors.size() - onHeap) * dims * Float.BYTES);
        for (float[] v : vectors.subList(onHeap, vectors.size())) {
            if (v.length != dims) {
                return vectors;
            }
            bytes.asFloatBuffer().put(v);
            bytes.position(bytes.position() + dims * Float.BYTES);
        }
        bytes.flip();
        long at = end;
        try {
            while (bytes.hasRemaining()) {
                end += channel.write(bytes, end);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sentence vectors to a temporary file: " + e.getMessage(), e);
        }
        return new Stored(new ArrayList<>(vectors.subList(0, onHeap)), vectors.size(), dims, at);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float[] read(long at, int dims) {
        ByteBuffer bytes = ByteBuffer.allocate(dims * Float.BYTES);
        try {
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, at + bytes.position()) < 0) {
                    throw new IOException("the file ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sentence vectors back: " + e.getMessage(), e);
        }
        bytes.flip();
        float[] v = new float[dims];
        bytes.asFloatBuffer().get(v);
        return v;
    }

    /** One article's vectors: the first on the heap, the others at an offset of the file. */
    private final class Stored extends AbstractList<float[]> implements RandomAccess {

        private final List<float[]> head;
        private final int size;
        private final int dims;
        private final long at;

        Stored(List<float[]> head, int size, int dims, long at) {
            this.head = head;
            this.size = size;
            this.dims = dims;
            this.at = at;
        }

        @Override
        public float[] get(int i) {
            if (i < head.size()) {
                return head.get(i);
            }
            java.util.Objects.checkIndex(i, size);
            return read(at + (long) (i - head.size()) * dims * Float.BYTES, dims);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
