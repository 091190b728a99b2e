package org.crosscheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.model.Dossier;

/**
 * Reads and writes {@code dossier.json} ({@code crosscheck/dossier@1}). Null fields are written as
 * {@code null} so every contract field is present; whole numbers are written without a fraction.
 */
public final class DossierJson {

    private static final ObjectMapper MAPPER = build();

    private DossierJson() {
    }

    /** Returns the shared, configured mapper (thread-safe; do not reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper build() {
        SimpleModule numbers = new SimpleModule("whole-numbers");
        numbers.addSerializer(Double.class, new WholeNumberSerializer());
        return new ObjectMapper()
                .registerModule(numbers)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Writes a dossier.
     *
     * @param dossier the dossier
     * @param file    the file to write
     * @throws IOException when the file cannot be written
     */
    public static void write(Dossier dossier, Path file) throws IOException {
        // an encoder that replaces what is no character (half of a surrogate pair, from any input) instead of failing
        // the whole run at its last step, as Files.newBufferedWriter's would
        try (Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(file),
                java.nio.charset.StandardCharsets.UTF_8))) {
            MAPPER.writeValue(out, dossier);
        }
    }

    /**
     * Reads a dossier.
     *
     * @param file the dossier.json file
     * @return the dossier
     * @throws IOException when the file cannot be read or is not a dossier
     */
    public static Dossier read(Path file) throws IOException {
        Dossier dossier = MAPPER.readValue(file.toFile(), Dossier.class);
        if (!Dossier.FORMAT.equals(dossier.format())) {
            throw new IOException(file + " is not a " + Dossier.FORMAT + " file (format: " + dossier.format() + ")");
        }
        return dossier;
    }

    /** Writes 23.0 as 23 and 2.5 as 2.5. */
    private static final class WholeNumberSerializer extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
                gen.writeNumber(value.longValue());
            } else {
                gen.writeNumber(value);
            }
        }
    }
}
