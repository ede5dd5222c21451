package fi.koto.agreement.boundary;

import fi.koto.agreement.entity.ExtraPlacesRequest;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An extra-places request and, once recorded, the municipality's response. */
public record ExtraPlacesView(
        long id,
        long agreementId,
        String municipalityCode,
        String municipalityNameFi,
        String municipalityNameSv,
        int year,
        String targetGroup,
        int personsRequested,
        String reason,
        LocalDate replyBy,
        String status,
        OffsetDateTime requestedAt,
        String requestedBy,
        Integer acceptedPlaces,
        String decisionBody,
        LocalDate decisionDate,
        String decisionReference,
        OffsetDateTime answeredAt,
        String answeredBy,
        long version)
        implements Serializable {

    public static ExtraPlacesView of(ExtraPlacesRequest x) {
        var municipality = x.getAgreement().getMunicipality();
        return new ExtraPlacesView(
                x.getId(),
                x.getAgreement().getId(),
                municipality.getCode(),
                municipality.getNameFi(),
                municipality.getNameSv(),
                x.getYear(),
                x.getTargetGroup().name(),
                x.getPersonsRequested(),
                x.getReason(),
                x.getReplyBy(),
                x.getStatus().name(),
                x.getRequestedAt(),
                x.getRequestedBy(),
                x.getAcceptedPlaces(),
                x.getDecision().body(),
                x.getDecision().date(),
                x.getDecision().reference(),
                x.getAnsweredAt(),
                x.getAnsweredBy(),
                x.getVersion());
    }
}
