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
import java.time.LocalDate;

/**
 * A row of realised placements as it stood when the snapshot was taken (same key as the live row). Written only by
 * the capture, with one INSERT ... SELECT; read-only for everything else.
 */
@Entity
@Table(name = "snapshot_placement")
@IdClass(SnapshotPlacement.Key.class)
public class SnapshotPlacement {

    /** The primary key. */
    public record Key(
            Long snapshotId, String municipalityCode, LocalDate month, TargetGroup targetGroup, Boolean selfSettled)
            implements Serializable {

        public Key() {
            this(null, null, null, null, null);
        }
    }

    @Id
    @Column(name = "snapshot_id")
    private Long snapshotId;

    @Id
    @Column(name = "municipality_code", length = 3)
    private String municipalityCode;

    /** The first day of the month. */
    @Id
    @Column(name = "placement_month")
    private LocalDate month;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", length = 40)
    private TargetGroup targetGroup;

    @Id
    @Column(name = "self_settled")
    private Boolean selfSettled;

    @Column(nullable = false)
    private int persons;

    @Column(name = "under_7", nullable = false)
    private int under7;

    protected SnapshotPlacement() {}

    public Long getSnapshotId() {
        return snapshotId;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public LocalDate getMonth() {
        return month;
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
}
