package fi.koto.report.entity;

import fi.koto.agreement.entity.TargetGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One municipality's estimated calculated compensation for one target group over the months of the period, as
 * computed from the placements and rate tables when the snapshot was taken.
 */
@Entity
@Table(name = "snapshot_compensation")
@IdClass(SnapshotCompensation.Key.class)
public class SnapshotCompensation {

    /** The primary key. */
    public record Key(Long snapshotId, String municipalityCode, TargetGroup targetGroup) implements Serializable {

        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "snapshot_id")
    private Long snapshotId;

    @Id
    @Column(name = "municipality_code", length = 3)
    private String municipalityCode;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", length = 40)
    private TargetGroup targetGroup;

    @Column(name = "person_months_7_or_over", nullable = false)
    private long personMonths7OrOver;

    @Column(name = "person_months_under_7", nullable = false)
    private long personMonthsUnder7;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "persons_without_period", nullable = false)
    private int personsWithoutPeriod;

    /** The wellbeing services county's share (Helsinki's own); null in Åland and in snapshots taken before V53. */
    @Column(name = "county_amount", precision = 14, scale = 2)
    private BigDecimal countyAmount;

    protected SnapshotCompensation() {}

    public SnapshotCompensation(
            long snapshotId,
            String municipalityCode,
            TargetGroup targetGroup,
            long personMonths7OrOver,
            long personMonthsUnder7,
            BigDecimal amount,
            int personsWithoutPeriod) {
        this.snapshotId = snapshotId;
        this.municipalityCode = municipalityCode;
        this.targetGroup = targetGroup;
        this.personMonths7OrOver = personMonths7OrOver;
        this.personMonthsUnder7 = personMonthsUnder7;
        this.amount = amount;
        this.personsWithoutPeriod = personsWithoutPeriod;
    }

    /** Records the county's share of the same persons (docs/domain.md, "Compensation"). */
    public SnapshotCompensation withCountyAmount(BigDecimal countyAmount) {
        this.countyAmount = countyAmount;
        return this;
    }

    public BigDecimal getCountyAmount() {
        return countyAmount;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public TargetGroup getTargetGroup() {
        return targetGroup;
    }

    public long getPersonMonths7OrOver() {
        return personMonths7OrOver;
    }

    public long getPersonMonthsUnder7() {
        return personMonthsUnder7;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public int getPersonsWithoutPeriod() {
        return personsWithoutPeriod;
    }
}
