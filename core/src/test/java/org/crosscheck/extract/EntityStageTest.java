package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import org.crosscheck.testing.Nlp;
import org.junit.jupiter.api.Test;

class EntityStageTest {

    private static Entity named(Corpus c, String form) {
        List<Entity> found = c.entities().stream()
                .filter(e -> e.name().equals(form) || e.aliases().contains(form)).toList();
        assertThat(found).as("entities named " + form).hasSize(1);
        return found.get(0);
    }

    @Test
    void aSurnameJoinsTheFullNameInsideAnArticle() {
        Corpus c = Nlp.extracted("Maria Lindqvist, the agency's director, visited the dam on Monday. "
                + "Lindqvist said the walls were sound.");
        Entity e = named(c, "Maria Lindqvist");
        assertThat(e.type()).isEqualTo("PERSON");
        assertThat(e.aliases()).contains("Lindqvist");
        assertThat(e.mentions()).hasSize(2);
    }

    @Test
    void spellingVariantsOfOnePersonMergeAcrossArticles() {
        Corpus c = Nlp.extracted("Interior minister Petro Hrytsenko visited the flooded town on Monday.",
                "Interior minister Petro Grytsenko said on Tuesday that the town would be rebuilt.");
        assertThat(named(c, "Petro Hrytsenko")).isSameAs(named(c, "Petro Grytsenko"));
    }

    @Test
    void peopleWhoShareASurnameStayApart() {
        Corpus c = Nlp.extracted("Anna Keller, a hydrologist, warned of cracks in the wall.",
                "Thomas Keller, the town's mayor, ordered the evacuation.",
                "Keller said the town had been warned.");
        assertThat(named(c, "Anna Keller")).isNotSameAs(named(c, "Thomas Keller"));
        assertThat(c.entities()).noneMatch(e -> e.name().contains("Keller") && e.aliases().stream()
                .anyMatch(a -> a.contains("Keller") && !a.equals(e.name()) && a.split(" ").length > 1));
    }

    @Test
    void anAcronymDefinedInBracketsJoinsItsLongForm() {
        Corpus c = Nlp.extracted("The Kessel Basin Water Council (KBWC) met on Monday. The KBWC said the river"
                + " was falling.");
        Entity e = named(c, "Kessel Basin Water Council");
        assertThat(e.aliases()).contains("KBWC");
        assertThat(e.mentions()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void anOrganisationNamedWithAnAcronymInsideJoinsTheSpelledOutOne() {
        Corpus c = Nlp.extracted("The United Nations Water Safety Office sent inspectors to the dam.",
                "A spokesperson for the UN Water Safety Office said the inspectors had arrived.");
        assertThat(named(c, "United Nations Water Safety Office")).isSameAs(named(c, "UN Water Safety Office"));
    }

    @Test
    void everyMentionResolvesExactlyIntoItsArticle() {
        Corpus c = Nlp.extracted("Maria Lindqvist of the Kessel Basin Water Council (KBWC) spoke in Kerrin. "
                + "Lindqvist said the KBWC would meet again.", "In Dastria, Thomas Keller said nothing.");
        assertThat(c.entities()).isNotEmpty();
        for (Entity e : c.entities()) {
            for (Mention m : e.mentions()) {
                Article a = c.article(m.article());
                assertThat(a.text().substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }
}
