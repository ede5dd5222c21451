package fi.koto.ui.placements;

import fi.koto.agreement.entity.TargetGroup;
import java.io.Serializable;

/** One hand-entered row of realised placements as the form holds it; the month is written YYYY-MM. */
public class EntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String municipalityCode;
    private String month;
    private TargetGroup targetGroup;
    private Integer persons;
    private Integer under7;
    private boolean selfSettled;

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
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

    public Integer getUnder7() {
        return under7;
    }

    public void setUnder7(Integer under7) {
        this.under7 = under7;
    }

    public boolean isSelfSettled() {
        return selfSettled;
    }

    public void setSelfSettled(boolean selfSettled) {
        this.selfSettled = selfSettled;
    }
}
