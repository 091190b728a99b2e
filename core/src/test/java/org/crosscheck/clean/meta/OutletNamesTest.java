package org.crosscheck.clean.meta;

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
        // a prefix is not dropped when only a domain suffix would be left
        assertThat(OutletNames.fromUrl("https://www.news.com.au/world")).isEqualTo("news.com.au");
        assertThat(OutletNames.fromUrl("https://m.news.example/x")).isEqualTo("news.example");
        assertThat(OutletNames.fromUrl("https://m.news.valley.example/x")).isEqualTo("valley.example");
    }

    @Test
    void ampAndMobileVariantsOfAPageNameTheSameOutlet() {
        for (String url : List.of("https://www.valley-post.com/news/gates", "https://amp.valley-post.com/news/gates",
                "https://mobile.valley-post.com/news/gates", "https://www2.valley-post.com/news/gates",
                "https://m.valley-post.com/news/gates", "https://www.valley-post.com/news/gates/amp/",
                "https://www.valley-post.com/amp/news/gates", "https://valley-post.com/news/gates?amp",
                "https://valley-post.com/news/gates?outputType=amp",
                "https://www-valley--post-com.cdn.ampproject.org/c/s/www.valley-post.com/news/gates",
                "https://www.google.com/amp/s/www.valley-post.com/news/gates")) {
            assertThat(OutletNames.fromUrl(url)).as(url).isEqualTo("valley-post.com");
        }
    }

    @Test
    void keysIgnoreTheCasePunctuationAndHostParts() {
        assertThat(List.of("The Valley Post", "Valley Post", "valley-post.com", "www.valley-post.com",
                "amp.valley-post.co.uk", "politics.valley-post.com", "VALLEY POST", "The Valley-Post"))
                .extracting(OutletNames::key).containsOnly("valleypost");
        assertThat(OutletNames.key("The Hill")).isEqualTo(OutletNames.key("thehill.com"));
        assertThat(OutletNames.key("Le Monde")).isEqualTo(OutletNames.key("lemonde.fr"));
        assertThat(OutletNames.key("bbc.co.uk")).isEqualTo(OutletNames.key("BBC"));
        assertThat(OutletNames.key("Valley Post")).isNotEqualTo(OutletNames.key("Valley Courier"));
        assertThat(OutletNames.key(null)).isEmpty();
        assertThat(OutletNames.key(" — ")).isEmpty();
    }

    @Test
    void selfReferenceInFurniture() {
        List<Removal> removed = List.of(new Removal("A word from The Valley Courier:", "appeal"),
                new Removal("Support The Valley Courier today.", "appeal"));
        assertThat(OutletNames.fromFurniture(removed)).isEqualTo("The Valley Courier");
    }
}
