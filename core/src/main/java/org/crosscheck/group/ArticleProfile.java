package org.crosscheck.group;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What grouping knows of one article: its content-word counts, entity ids, the
 * day it was published, sentence embeddings (the first ones averaged into one vector), and its language with the
 * names and numbers that articles in other languages can share. It is what grouping
 * moves between the tasks of a distributed run ({@link EventCandidates#profile}); the lists and sets it is made
 * with are serializable.
 *
 * @param id         article id
 * @param outlet     outlet name, lower case, or "" when unknown
 * @param terms      content-word counts
 * @param entities   ids of the entities it mentions
 * @param people     ids of the people among them
 * @param years      four-digit years written in the text
 * @param day        publication day (epoch day), or null
 * @param sentences  its sentences
 * @param embeddings one unit vector per sentence (possibly only the first ones)
 * @param centroid   the unit mean of the first sentence vectors
 * @param language   its language's primary tag, or null when unknown
 * @param neutral    its names and numbers as language-neutral keys, in text order ({@link NeutralWords}), the first
 *                   ones only
 */
public record ArticleProfile(String id, String outlet, Map<String, Integer> terms, Set<String> entities, Set<String> people, Set<String> years, Long day,
                             List<String> sentences, List<float[]> embeddings, float[] centroid, String language,
                             List<String> neutral)
        implements java.io.Serializable {
}
