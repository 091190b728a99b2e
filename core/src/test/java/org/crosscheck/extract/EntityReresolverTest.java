package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.Statement;
import org.crosscheck.pipeline.Progress;
import org.junit.jupiter.api.Test;

class EntityReresolverTest {

    private static final String T1 = "Governor Oleksiy Varenko spoke. The Relief Coordination Office (RCO) helped.";
    private static final String T2 = "Aleksei Varenko said the RCO was late. Varenko left.";

    private static Article article(String id, String text) {
        return new Article(id, id + ".txt", "Outlet", null, null, null, null, "en", text, List.of(), List.of(), null,
                List.of());
    }

    private static Mention mention(String article, String text, String words, int from) {
        int at = text.indexOf(words, from);
        return new Mention(article, at, at + words.length(), words);
    }

    /** Entities as two separate runs resolved them: each run saw one article. */
    private static Corpus twoRuns() {
        Entity first = new Entity("e1", "PERSON", "Oleksiy Varenko", List.of(), List.of(
                mention("a1", T1, "Oleksiy Varenko", 0)));
        Entity office = new Entity("e2", "ORGANIZATION", "Relief Coordination Office", List.of("RCO"), List.of(
                mention("a1", T1, "Relief Coordination Office", 0), mention("a1", T1, "RCO", 0)));
        Entity second = new Entity("e1.2", "PERSON", "Aleksei Varenko", List.of("Varenko"), List.of(
                mention("a2", T2, "Aleksei Varenko", 0), mention("a2", T2, "Varenko", 10)));
        Entity acronym = new Entity("e2.2", "ORGANIZATION", "RCO", List.of(), List.of(mention("a2", T2, "RCO", 0)));
        Statement said = new Statement("s1", "a2", 0, 38, "reported", new Speaker("e1.2", "Aleksei Varenko"), "said",
                "the RCO was late");
        return new Corpus(List.of(article("a1", T1), article("a2", T2)), java.util.Map.of(),
                List.of(first, office, second, acronym), List.of(said), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    @Test
    void spellingVariantsFromTwoRunsBecomeOnePerson() {
        Corpus out = new EntityReresolver().apply(twoRuns(), Progress.NONE);
        List<Entity> people = out.entities().stream().filter(e -> e.type().equals("PERSON")).toList();
        assertThat(people).hasSize(1);
        assertThat(people.get(0).mentions()).hasSize(3);
        assertThat(out.statements().get(0).speaker().entity()).isEqualTo(people.get(0).id());
        assertThat(out.statements().get(0).speaker().text()).isEqualTo("Aleksei Varenko");
    }

    @Test
    void anAcronymDefinedInOneRunJoinsItsUseInAnother() {
        Corpus out = new EntityReresolver().apply(twoRuns(), Progress.NONE);
        List<Entity> orgs = out.entities().stream().filter(e -> e.type().equals("ORGANIZATION")).toList();
        assertThat(orgs).hasSize(1);
        assertThat(orgs.get(0).mentions()).extracting(Mention::article).containsExactlyInAnyOrder("a1", "a1", "a2");
    }
}
