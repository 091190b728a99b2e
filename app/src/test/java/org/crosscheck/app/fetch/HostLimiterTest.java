package org.crosscheck.app.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostLimiterTest {

    @Test
    void startsToOneHostAreSpacedAndOtherHostsAreNotHeldUp() throws InterruptedException {
        HostLimiter limiter = new HostLimiter(2);
        Duration delay = Duration.ofMillis(100);
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            limiter.enter("a.example", delay).close();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        long other = System.nanoTime();
        limiter.enter("b.example", delay).close();
        assertThat(Duration.ofNanos(System.nanoTime() - other)).isLessThan(Duration.ofMillis(100));
    }

    @Test
    void capsRequestsInFlightPerHost() throws InterruptedException {
        HostLimiter limiter = new HostLimiter(1);
        HostLimiter.Slot held = limiter.enter("a.example", Duration.ZERO);
        Thread waiter = new Thread(() -> {
            try {
                limiter.enter("a.example", Duration.ZERO).close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        waiter.join(200);
        assertThat(waiter.isAlive()).isTrue();
        held.close();
        waiter.join(2000);
        assertThat(waiter.isAlive()).isFalse();
    }
}
