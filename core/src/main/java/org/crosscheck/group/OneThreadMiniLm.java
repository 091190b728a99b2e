package org.crosscheck.group;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;

/**
 * The quantised all-MiniLM-L6-v2 model of langchain4j's jar (the same ONNX file, tokenizer and mean pooling as
 * {@code AllMiniLmL6V2QuantizedEmbeddingModel}) run on the calling thread alone: one ONNX Runtime thread that
 * does not spin while idle, and the sentences of one call embedded one after another. The packaged model spreads a
 * call over every core (a pool of as many threads as processors, and ONNX Runtime's own spinning pool), which
 * is right for one caller but makes each task of a job that already runs one task a core fight the others for
 * the cores.
 */
final class OneThreadMiniLm extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private final OnnxBertBiEncoder encoder;

    private OneThreadMiniLm(OnnxBertBiEncoder encoder) {
        super(Runnable::run);
        this.encoder = encoder;
    }

    /**
     * Loads the model from langchain4j's jar.
     *
     * @return the model
     * @throws IllegalStateException when the jar's model or tokenizer cannot be read or loaded
     */
    static OneThreadMiniLm load() {
        ClassLoader loader = OneThreadMiniLm.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(MODEL);
             InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("the MiniLM model is missing from the class path (" + MODEL + ")");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new OneThreadMiniLm(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
        } catch (IOException | OrtException e) {
            throw new IllegalStateException("cannot load the MiniLM model: " + e.getMessage(), e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return 384;
    }
}
