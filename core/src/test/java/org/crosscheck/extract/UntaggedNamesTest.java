package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crosscheck.annotate.IcuAnnotator;
import org.crosscheck.model.Article;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;

/** Names by capitalisation in languages without a named-entity model, and their entities across scripts. */
class UntaggedNamesTest {

    private static final IcuAnnotator ICU = new IcuAnnotator();

    private static Article article(String id, String language, String text) {
        return new Article(id, "t", null, null, null, null, null, language, text, List.of(), List.of(), null,
                List.of());
    }

    private static List<String> names(String language, String text) {
        Article a = article("a1", language, text);
        return MentionFinder.find(a, ICU.annotate(a)).stream().map(m -> m.type() + " " + m.text()).toList();
    }

    @Test
    void findsCapitalisedNamesAndTypesThemByTheWordsBefore() {
        assertThat(names("uk", "Вибух стався на шахті Грауберг у провінції Оскель. В операції беруть участь понад 300 "
                + "рятувальників, сказала губернаторка Ільзе Варга."))
                .containsExactly("LOCATION Грауберг", "LOCATION Оскель", "PERSON Ільзе Варга");
        assertThat(names("fr", "Le bilan de l'explosion de la mine de Grauberg s'est alourdi, a déclaré le gouverneur "
                + "Oleksiy Varenko. Varenko a visité la province."))
                .containsExactly("LOCATION Grauberg", "PERSON Oleksiy Varenko", "PERSON Varenko");
    }

    @Test
    void splitsAPlaceOrOrganisationFromThePersonAfterIt() {
        assertThat(names("ru", "Об этом сообщил губернатор провинции Керрин Олексий Варенко."))
                .containsExactly("LOCATION Керрин", "PERSON Олексий Варенко");
        assertThat(names("uk", "Про це повідомила губернаторка регіону Ільзе Варга."))
                .containsExactly("PERSON Ільзе Варга");
        assertThat(names("es", "Lo dijo un portavoz del Ministerio del Interior en el puerto de Port Sarrow."))
                .containsExactly("ORGANIZATION Ministerio del Interior", "LOCATION Port Sarrow");
    }

    @Test
    void aTitleBeforeASmallWordNamesNoPersonAndThreeWordsStayOnePerson() {
        assertThat(names("es", "Los sindicatos emplazan a la ministra del Interior y al presidente de la CNTC."))
                .noneMatch(n -> n.startsWith("PERSON")).contains("ORGANIZATION CNTC");
        assertThat(names("es", "Lo anunció el inspector Luis Pérez Gutiérrez."))
                .containsExactly("PERSON Luis Pérez Gutiérrez");
        assertThat(names("fr", "Selon la police de Kerrin, le feu a pris."))
                .containsExactly("LOCATION Kerrin");
    }

    @Test
    void anAcronymAloneIsAnOrganisation() {
        assertThat(names("uk", "Про це повідомило агентство MPA та МИД у Києві."))
                .containsExactly("ORGANIZATION MPA", "ORGANIZATION МИД", "LOCATION Києві");
    }

    @Test
    void aNameMayFollowAnElidedWord() {
        assertThat(names("fr", "Le gouverneur de la province d'Oskel a visité Grauberg."))
                .containsExactly("LOCATION Oskel", "LOCATION Grauberg");
    }

    @Test
    void aWordThatOnlyStartsSentencesIsNoName() {
        assertThat(names("ru", "Спасатели подняли 27 рабочих. Пожар начался ночью.")).isEmpty();
        assertThat(names("es", "Rescatistas buscan a dos pasajeros. El barco llevaba 212 pasajeros.")).isEmpty();
    }

    @Test
    void germanAndEnglishAreNotReadByCapitalisation() {
        assertThat(names("de", "Bei einer Methanexplosion im Kohlebergwerk Grauberg sind vier Bergleute getötet worden."))
                .isEmpty();
    }

    @Test
    void aNameInCyrillicAndInLatinIsOneEntity() {
        Article uk = article("uk", "uk", "Про це сказала губернаторка Ільзе Варга у місті Харків.");
        Article fr = article("fr", "fr", "Selon la gouverneure Ilse Varga, la ville de Kharkiv est calme.");
        Map<String, List<FoundMention>> found = Map.of("uk", MentionFinder.find(uk, ICU.annotate(uk)),
                "fr", MentionFinder.find(fr, ICU.annotate(fr)));
        List<Entity> entities = EntityStage.resolve(found, List.of("uk", "fr"));
        assertThat(entities).filteredOn(e -> e.type().equals("PERSON")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).hasSize(2));
        assertThat(entities).filteredOn(e -> e.type().equals("LOCATION")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).hasSize(2));
    }
}
