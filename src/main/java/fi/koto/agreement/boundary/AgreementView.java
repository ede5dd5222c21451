package fi.koto.agreement.boundary;

import fi.koto.access.control.Role;
import fi.koto.agreement.entity.AgreementAction;
import fi.koto.agreement.entity.PlacementAgreement;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An agreement as pages and the API show it, with the actions the caller's role may take now; the consultation
 * names the wellbeing services county consulted (docs/domain.md, "Wellbeing services counties").
 */
public record AgreementView(
        long id,
        String municipalityCode,
        String municipalityNameFi,
        String municipalityNameSv,
        String authorityCode,
        String status,
        LocalDate wellbeingConsultedDate,
        String wellbeingCountyCode,
        String wellbeingCountyNameFi,
        String wellbeingCountyNameSv,
        String decisionBody,
        LocalDate decisionDate,
        String decisionReference,
        LocalDate signedDate,
        LocalDate terminatedDate,
        String createdBy,
        long version,
        List<String> actions)
        implements Serializable {

    public static AgreementView of(PlacementAgreement a, Role role) {
        List<String> actions = role == null
                ? List.of()
                : Arrays.stream(AgreementAction.values())
                        .filter(action -> a.getStatus().allows(action, role))
                        .map(Enum::name)
                        .toList();
        return new AgreementView(
                a.getId(),
                a.getMunicipality().getCode(),
                a.getMunicipality().getNameFi(),
                a.getMunicipality().getNameSv(),
                a.getAuthority().getCode(),
                a.getStatus().name(),
                a.getWellbeingConsultedDate(),
                a.getWellbeingCounty() == null ? null : a.getWellbeingCounty().getCode(),
                a.getWellbeingCounty() == null ? null : a.getWellbeingCounty().getNameFi(),
                a.getWellbeingCounty() == null ? null : a.getWellbeingCounty().getNameSv(),
                a.getDecision().body(),
                a.getDecision().date(),
                a.getDecision().reference(),
                a.getSignedDate(),
                a.getTerminatedDate(),
                a.getCreatedBy(),
                a.getVersion(),
                actions);
    }
}
