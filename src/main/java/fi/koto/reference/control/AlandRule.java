package fi.koto.reference.control;

import fi.koto.platform.failure.Reason;
import fi.koto.reference.entity.Municipality;
import java.util.Optional;

/**
 * Åland arranges integration under its own act (ÅFS 2012:74) and is outside the regional authorities' area
 * (docs/domain.md, "Åland"): integration-promotion plans (programmes) and agreements on allocation to the
 * municipality under the Finnish acts are refused for Åland municipalities. Realised placements and the
 * compensation estimate at Åland's rates are not affected. The one precondition the programme and agreement
 * components call where they create their records.
 */
public final class AlandRule {

    public static final String REFUSED = "aland.finnishActs.refused";

    private AlandRule() {}

    /** Why nothing under the Finnish integration acts may be created for {@code municipality}, if so. */
    public static Optional<Reason> finnishActsRefused(Municipality municipality) {
        return municipality != null && municipality.isAland()
                ? Optional.of(Reason.of(REFUSED, municipality.getCode() + " " + municipality.getNameSv()))
                : Optional.empty();
    }
}
