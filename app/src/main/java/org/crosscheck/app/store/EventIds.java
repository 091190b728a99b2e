package org.crosscheck.app.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Event;
import org.crosscheck.model.Story;

/**
 * Gives the events of a regrouping the ids of the stored events they continue, so an event keeps its
 * address ({@code /events/ev3}) across runs and only articles whose events changed need indexing again.
 * New and stored events are paired greedily by the number of articles they share, most first; a new
 * event that shares no article with a free stored one gets an id no stored event had.
 */
final class EventIds {

    private EventIds() {
    }

    /**
     * Renames events.
     *
     * @param stored  the stored events' articles by event id
     * @param grouped the new events, with the ids grouping gave them
     * @return the new id of each new event, by its grouping id
     */
    static Map<String, String> assign(Map<String, Set<String>> stored, List<Event> grouped) {
        Map<String, String> eventOf = new HashMap<>();
        stored.forEach((id, articles) -> articles.forEach(a -> eventOf.put(a, id)));
        List<Pair> pairs = new ArrayList<>();
        for (Event e : grouped) {
            Map<String, Integer> shared = new HashMap<>();
            e.articles().stream().map(eventOf::get).filter(id -> id != null).forEach(id -> shared.merge(id, 1,
                    Integer::sum));
            shared.forEach((old, n) -> pairs.add(new Pair(e.id(), old, n)));
        }
        pairs.sort(Comparator.comparingInt(Pair::shared).reversed().thenComparing(Pair::stored));
        Map<String, String> out = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Pair p : pairs) {
            if (!out.containsKey(p.grouped()) && taken.add(p.stored())) {
                out.put(p.grouped(), p.stored());
            }
        }
        taken.addAll(stored.keySet());
        int next = 1;
        for (Event e : grouped) {
            if (!out.containsKey(e.id())) {
                while (taken.contains("ev" + next)) {
                    next++;
                }
                out.put(e.id(), "ev" + next);
                taken.add("ev" + next);
            }
        }
        return out;
    }

    /**
     * Renames events.
     *
     * @param events the events
     * @param ids    new ids by old ({@link #assign})
     * @return the renamed events
     */
    static List<Event> rename(List<Event> events, Map<String, String> ids) {
        return events.stream().map(e -> new Event(ids.get(e.id()), e.title(), e.articles(), e.summary())).toList();
    }

    /**
     * Renames the stories' references to events.
     *
     * @param stories the stories
     * @param ids     new event ids by old
     * @return the stories pointing at the renamed events
     */
    static List<Story> renameIn(List<Story> stories, Map<String, String> ids) {
        return stories.stream().map(s -> new Story(s.id(), s.title(), s.events().stream().map(ids::get).toList()))
                .toList();
    }

    /** A new event, a stored one, and how many articles they share. */
    private record Pair(String grouped, String stored, int shared) {
    }
}
