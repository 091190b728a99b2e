package org.crosscheck.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Event;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    private static Event event(String id, String... articles) {
        return new Event(id, id, List.of(articles), List.of());
    }

    @Test
    void eventsKeepTheIdsOfTheStoredEventsTheyContinue() {
        Map<String, Set<String>> stored = Map.of("ev1", Set.of("a1", "a2"), "ev2", Set.of("a3"), "ev3", Set.of("a4"));
        Map<String, String> ids = EventIds.assign(stored, List.of(event("ev1", "a3", "a5"), event("ev2", "a1", "a2",
                "a6"), event("ev3", "a7"), event("ev4", "a8")));
        assertThat(ids).containsEntry("ev1", "ev2").containsEntry("ev2", "ev1");
        // new events never take the id of a stored event that ended (ev3)
        assertThat(ids.get("ev3")).isEqualTo("ev4");
        assertThat(ids.get("ev4")).isEqualTo("ev5");
    }

    @Test
    void twoNewEventsSplittingOneStoredEventLeaveItToTheLarger() {
        Map<String, String> ids = EventIds.assign(Map.of("ev1", Set.of("a1", "a2", "a3")),
                List.of(event("ev1", "a1"), event("ev2", "a2", "a3")));
        assertThat(ids).containsEntry("ev2", "ev1").containsEntry("ev1", "ev2");
    }
}
