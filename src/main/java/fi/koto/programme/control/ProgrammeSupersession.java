package fi.koto.programme.control;

import fi.koto.programme.entity.Programme;
import fi.koto.programme.entity.ProgrammeAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Supersedes older programmes for the same municipalities, inside the transaction of the step that makes them
 * obsolete: each gets its timeline row (the comment names the newer programme) and a {@link ProgrammeTransitioned}
 * event. Which ones are superseded is the caller's: an acceptance supersedes older accepted ones still waiting for
 * adoption ({@link ProgrammeCatalog#approvedFor}), an adoption also the one in force ({@link
 * ProgrammeCatalog#acceptedOrInForceFor}).
 */
@ApplicationScoped
public class ProgrammeSupersession {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ProgrammeTransitioned> transitioned;

    /** Supersedes each of {@code older} by the programme {@code newerId}; answers the ids superseded. */
    public List<Long> supersede(List<Programme> older, long newerId, String actor, OffsetDateTime at) {
        List<Long> superseded = new ArrayList<>();
        for (Programme programme : older) {
            var from = programme.getStatus();
            programme
                    .apply(ProgrammeAction.SUPERSEDE, actor, at, "#" + newerId, null)
                    .ifPresent(event -> {
                        em.persist(event);
                        superseded.add(programme.getId());
                        transitioned.fire(new ProgrammeTransitioned(
                                programme.getId(),
                                programme.municipalityCodes(),
                                ProgrammeAction.SUPERSEDE,
                                from,
                                programme.getStatus(),
                                actor,
                                at,
                                null));
                    });
        }
        return superseded;
    }
}
