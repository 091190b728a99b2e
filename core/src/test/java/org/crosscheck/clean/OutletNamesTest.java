package org.crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Removal;
import org.junit.jupiter.api.Test;

class OutletNamesTest {

    @Test
    void hostWithoutWwwOrMobilePrefix() {
        assertThat(OutletNames.fromUrl("https://www.example-daily.com/a/b")).isEqualTo("example-daily.com");
        assertThat(OutletNames.fromUrl("https://m.example.com/x")).isEqualTo("example.com");
        assertThat(OutletNames.fromUrl("not a url")).isNull();
    }

    @Test
    void selfReferenceInFurniture() {
        List<Removal> removed = List.of(new Removal("A word from The Valley Courier:", "appeal"),
                new Removal("Support The Valley Courier today.", "appeal"));
        assertThat(OutletNames.fromFurniture(removed)).isEqualTo("The Valley Courier");
    }
}
