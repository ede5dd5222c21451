package fi.koto.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application: Finnish time, so that "today" means the same for every user. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    @Produces
    Clock clock() {
        return Clock.system(FINLAND);
    }
}
