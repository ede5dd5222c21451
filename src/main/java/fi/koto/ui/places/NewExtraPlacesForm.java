package fi.koto.ui.places;

import fi.koto.agreement.boundary.AgreementView;
import fi.koto.agreement.boundary.Agreements;
import fi.koto.agreement.boundary.ExtraPlaces;
import fi.koto.agreement.boundary.ExtraPlacesView;
import fi.koto.agreement.boundary.NewExtraPlacesRequest;
import fi.koto.agreement.entity.TargetGroup;
import fi.koto.platform.failure.KotoException;
import fi.koto.ui.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs the official's form on places/index.xhtml that asks a municipality for extra places under its agreement in
 * force: the municipality (by its agreement), year, target group, persons, reason and the day the answer is
 * wanted by.
 */
@Named
@ViewScoped
public class NewExtraPlacesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Agreements agreements;

    @Inject
    ExtraPlaces extraPlaces;

    @Inject
    FacesMessages messages;

    @Inject
    Clock clock;

    private List<AgreementView> inForce;
    private Long agreementId;
    private Integer year;
    private TargetGroup targetGroup;
    private Integer persons;
    private String reason;
    private LocalDate replyBy;

    public String request() {
        try {
            ExtraPlacesView created = extraPlaces.request(
                    agreementId == null ? 0 : agreementId,
                    new NewExtraPlacesRequest(
                            year,
                            targetGroup == null ? null : targetGroup.name(),
                            persons,
                            reason,
                            replyBy == null ? null : replyBy.toString()));
            messages.info("extraPage.requested");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/places/extra.xhtml?faces-redirect=true&agreement=" + created.agreementId() + "&id=" + created.id();
        } catch (KotoException e) {
            messages.errors(e);
            return null;
        }
    }

    /** The agreements in force in the official's scope: the municipalities extra places can be asked from. */
    public List<AgreementView> getAgreements() {
        if (inForce == null) {
            inForce = agreements.list(null, "ACTIVE");
        }
        return inForce;
    }

    public TargetGroup[] getTargetGroups() {
        return TargetGroup.placeGroups().toArray(new TargetGroup[0]);
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    public Integer getYear() {
        if (year == null) {
            year = LocalDate.now(clock).getYear();
        }
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public TargetGroup getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(TargetGroup targetGroup) {
        this.targetGroup = targetGroup;
    }

    public Integer getPersons() {
        return persons;
    }

    public void setPersons(Integer persons) {
        this.persons = persons;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getReplyBy() {
        return replyBy;
    }

    public void setReplyBy(LocalDate replyBy) {
        this.replyBy = replyBy;
    }
}
