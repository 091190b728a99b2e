package org.crosscheck.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosscheck.extract.FoundMention;

/**
 * Names of a made-up corpus, drawn at random from pools that exercise every pass of entity resolution:
 * spelling variants of people, bare and shared surnames, one-word places tagged as people, acronyms with and
 * without long forms, initials, short forms, organisations whose words are contained in longer ones.
 */
final class SyntheticNames {

    private static final String[][] POOL = {
        {"PERSON", "Yuriy Hrytsenko"}, {"PERSON", "Yurii Grytsenko"}, {"PERSON", "Hrytsenko"},
        {"PERSON", "Grytsenko"}, {"PERSON", "Petro Hrytsenko"}, {"PERSON", "Anna Keller"},
        {"PERSON", "Thomas Keller"}, {"PERSON", "Keller"}, {"PERSON", "Dr. Anna Keller"},
        {"PERSON", "Maria Lindqvist"}, {"PERSON", "Marta Lindquist"}, {"PERSON", "Lindqvist"},
        {"PERSON", "Oleksiy Kovalenko"}, {"PERSON", "Aleksei Kovalenko"}, {"PERSON", "Kovalenko"},
        {"PERSON", "Kerrin"}, {"PERSON", "Odesa"}, {"PERSON", "Velmora"}, {"PERSON", "Ines Moreau"},
        {"PERSON", "Moreau"}, {"PERSON", "Mr. Moreau"}, {"PERSON", "Ines Moreau's"},
        {"LOCATION", "Kerrin"}, {"LOCATION", "Odessa"}, {"LOCATION", "Odesa"}, {"LOCATION", "Kessel Region"},
        {"LOCATION", "Kessel"}, {"LOCATION", "Velmora"}, {"LOCATION", "the Republic of Velmora"},
        {"LOCATION", "European Union"}, {"LOCATION", "North Kessel"},
        {"ORGANIZATION", "European Union"}, {"ORGANIZATION", "EU"}, {"ORGANIZATION", "the EU"},
        {"ORGANIZATION", "Kessel Basin Water Council"}, {"ORGANIZATION", "KBWC", "Kessel Basin Water Council"},
        {"ORGANIZATION", "KBWC"}, {"ORGANIZATION", "Red Crescent"},
        {"ORGANIZATION", "Velmoran Society of the Red Crescent"}, {"ORGANIZATION", "Kessel Red Crescent"},
        {"ORGANIZATION", "Red Crescent Society"}, {"ORGANIZATION", "United Nations"}, {"ORGANIZATION", "UN"},
        {"ORGANIZATION", "UN Water Safety Office"},
        {"ORGANIZATION", "office of the United Nations High Commissioner for Water Safety"},
        {"ORGANIZATION", "United Nations Human Rights Office"}, {"ORGANIZATION", "UN Human Rights Office"},
        {"ORGANIZATION", "Velmora Foreign Ministry"}, {"ORGANIZATION", "Velmoran Foreign Ministry"},
        {"ORGANIZATION", "Defence Ministry"}, {"ORGANIZATION", "Velmora Defence Ministry"},
        {"ORGANIZATION", "Kessel Defence Ministry"}, {"ORGANIZATION", "International Water Safety Council"},
        {"ORGANIZATION", "IWSC", "International Water Safety Council"}, {"ORGANIZATION", "IWSC"},
        {"ORGANIZATION", "Kessel Police"}, {"ORGANIZATION", "KP"}, {"ORGANIZATION", "Kessel Power"},
        {"ORGANIZATION", "Upper Nile"}, {"ORGANIZATION", "Water Safety Office of Kessel"},
        {"ORGANIZATION", "Office of Water Safety Kessel"}, {"ORGANIZATION", "Kessel Water Safety Office"},
    };

    private SyntheticNames() {
    }

    /**
     * Makes the names of a corpus.
     *
     * @param seed     the random seed
     * @param articles how many articles ({@code a1, a2, …})
     * @return each article's names in text order, by id, in corpus order
     */
    static Map<String, List<FoundMention>> corpus(long seed, int articles) {
        Random random = new Random(seed);
        Map<String, List<FoundMention>> out = new LinkedHashMap<>();
        for (int a = 1; a <= articles; a++) {
            String id = "a" + a;
            List<FoundMention> names = new ArrayList<>();
            int n = random.nextInt(12);
            int at = 0;
            for (int i = 0; i < n; i++) {
                String[] pick = POOL[random.nextInt(POOL.length)];
                at += 1 + random.nextInt(40);
                names.add(new FoundMention(id, pick[0], at, at + pick[1].length(), pick[1],
                        pick.length > 2 ? pick[2] : null));
                at += pick[1].length();
            }
            out.put(id, names);
        }
        return out;
    }
}
