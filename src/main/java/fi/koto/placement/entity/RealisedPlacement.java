package fi.koto.placement.entity;

import fi.koto.agreement.entity.TargetGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How many persons of a target group were placed in a municipality in a month, and how many of them were under
 * 7, separately for assigned and self-settled persons (docs/domain.md, "Placement agreements and the annual places
 * round"). Aggregate counts only: no person is identifiable. One row per municipality, month, group and
 * self-settled flag; a new figure replaces the old one.
 */
@Entity
@Table(name = "realised_placement")
public class RealisedPlacement {

    @Id
    @SequenceGenerator(name = "realised_placement_seq", sequenceName = "realised_placement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "realised_placement_seq")
    private Long id;

    @Column(name = "municipality_code", nullable = false, updatable = false, length = 3)
    private String municipalityCode;

    /** The first day of the month. */
    @Column(name = "placement_month", nullable = false, updatable = false)
    private LocalDate month;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false, updatable = false, length = 40)
    private TargetGroup targetGroup;

    @Column(name = "self_settled", nullable = false, updatable = false)
    private boolean selfSettled;

    @Column(nullable = false)
    private int persons;

    @Column(name = "under_7", nullable = false)
    private int under7;

    @Version
    private long version;

    protected RealisedPlacement() {}

    public RealisedPlacement(String municipalityCode, YearMonth month, TargetGroup targetGroup, boolean selfSettled) {
        this.municipalityCode = municipalityCode;
        this.month = month.atDay(1);
        this.targetGroup = targetGroup;
        this.selfSettled = selfSettled;
    }

    /** Replaces the counts; the caller has checked 0 ≤ under7 ≤ persons. */
    public void count(int persons, int under7) {
        if (persons < 0 || under7 < 0 || under7 > persons) {
            throw new IllegalArgumentException(persons + "/" + under7);
        }
        this.persons = persons;
        this.under7 = under7;
    }

    public Long getId() {
        return id;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public YearMonth getMonth() {
        return YearMonth.from(month);
    }

    public TargetGroup getTargetGroup() {
        return targetGroup;
    }

    public boolean isSelfSettled() {
        return selfSettled;
    }

    public int getPersons() {
        return persons;
    }

    public int getUnder7() {
        return under7;
    }

    public long getVersion() {
        return version;
    }
}
