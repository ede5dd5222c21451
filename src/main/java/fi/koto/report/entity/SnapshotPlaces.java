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

/** The places a municipality had agreed for the period's year for one target group, when the snapshot was taken. */
@Entity
@Table(name = "snapshot_places")
@IdClass(SnapshotPlaces.Key.class)
public class SnapshotPlaces {

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

    @Column(nullable = false)
    private int places;

    protected SnapshotPlaces() {}

    public SnapshotPlaces(long snapshotId, String municipalityCode, TargetGroup targetGroup, int places) {
        this.snapshotId = snapshotId;
        this.municipalityCode = municipalityCode;
        this.targetGroup = targetGroup;
        this.places = places;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public TargetGroup getTargetGroup() {
        return targetGroup;
    }

    public int getPlaces() {
        return places;
    }
}
