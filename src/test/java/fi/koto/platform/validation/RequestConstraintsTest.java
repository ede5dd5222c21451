package fi.koto.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.agreement.boundary.ExtraPlacesResponse;
import fi.koto.agreement.boundary.NewExtraPlacesRequest;
import fi.koto.agreement.boundary.PlacesAnswer;
import fi.koto.identity.boundary.NewUser;
import fi.koto.placement.boundary.PlacementEntry;
import fi.koto.platform.failure.Reason;
import fi.koto.report.boundary.ReportOrder;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The constraints of the request records give the reasons the hand-written checks gave before them. */
public class RequestConstraintsTest {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    /** The reasons the constraints of {@code request} give; the other components' request tests use it too. */
    public static List<Reason> reasons(Object request) {
        return ConstraintReasons.of(VALIDATOR.validate(request));
    }

    @Test
    void extraPlacesResponse() {
        assertThat(reasons(new ExtraPlacesResponse(null, null, null, null, null)))
                .containsExactly(
                        Reason.of("extraPlaces.accepted.invalid", "null"), Reason.of("input.required", "version"));
        assertThat(reasons(new ExtraPlacesResponse(-1, null, null, null, 1L)))
                .containsExactly(Reason.of("extraPlaces.accepted.invalid", "-1"));
        assertThat(reasons(new ExtraPlacesResponse(100_001, null, null, null, 1L)))
                .containsExactly(Reason.of("extraPlaces.accepted.invalid", "100001"));
        assertThat(reasons(new ExtraPlacesResponse(0, null, null, null, 1L))).isEmpty();
    }

    @Test
    void newExtraPlacesRequest() {
        assertThat(reasons(new NewExtraPlacesRequest(null, " ", 0, "r", null)))
                .containsExactly(
                        Reason.of("input.required", "targetGroup"), Reason.of("extraPlaces.persons.invalid", "0"));
        assertThat(reasons(new NewExtraPlacesRequest(null, "QUOTA_REFUGEE", null, "r", null)))
                .containsExactly(Reason.of("extraPlaces.persons.invalid", "null"));
        assertThat(reasons(new NewExtraPlacesRequest(null, "QUOTA_REFUGEE", 1, "r", null)))
                .isEmpty();
    }

    @Test
    void placesAnswer() {
        assertThat(reasons(new PlacesAnswer(null, null, null, null, null, null)))
                .containsExactly(Reason.of("input.required", "version"));
    }

    @Test
    void placementEntry() {
        assertThat(reasons(new PlacementEntry("091", "2026-01", "QUOTA_REFUGEE", null, null, null)))
                .containsExactly(Reason.of("placement.persons.invalid", "null"));
        assertThat(reasons(new PlacementEntry("091", "2026-01", "QUOTA_REFUGEE", -1, null, null)))
                .containsExactly(Reason.of("placement.persons.invalid", "-1"));
        assertThat(reasons(new PlacementEntry("091", "2026-01", "QUOTA_REFUGEE", 100_001, null, null)))
                .containsExactly(Reason.of("placement.persons.invalid", "100001"));
        assertThat(reasons(new PlacementEntry("091", "2026-01", "QUOTA_REFUGEE", 0, null, null)))
                .isEmpty();
    }

    @Test
    void reportOrder() {
        assertThat(reasons(new ReportOrder("T", null, null, "XLSX", null)))
                .containsExactly(Reason.of("report.year.invalid", "null"));
    }

    @Test
    void newUser() {
        assertThat(reasons(new NewUser("u", "p", "ADMIN", " ", null, null, null, null, null)))
                .extracting(Reason::key)
                .containsExactly("user.displayName.invalid");
        assertThat(reasons(new NewUser("u", "p", "ADMIN", "x".repeat(201), null, null, null, null, null)))
                .extracting(Reason::key)
                .containsExactly("user.displayName.invalid");
        assertThat(reasons(new NewUser("u", "p", "ADMIN", "x".repeat(200), null, null, null, null, null)))
                .isEmpty();
    }
}
