package fi.koto.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * That an authority serves a municipality from one date to another (inclusive; open-ended when {@code validTo}
 * is null). Rows are never rewritten when the authority changes: a new row starts, so history stays readable.
 */
@Entity
@Table(name = "service_area")
public class ServiceArea {

    @Id
    @SequenceGenerator(name = "service_area_seq", sequenceName = "service_area_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_area_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id")
    private RegionalAuthority authority;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_code")
    private Municipality municipality;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected ServiceArea() {}

    public ServiceArea(RegionalAuthority authority, Municipality municipality, LocalDate validFrom) {
        this.authority = authority;
        this.municipality = municipality;
        this.validFrom = validFrom;
    }

    /** Ends this service on the given day (inclusive); the row stays as history. */
    public void endOn(LocalDate lastDay) {
        if (lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("A service cannot end before it starts");
        }
        this.validTo = lastDay;
    }

    public Long getId() {
        return id;
    }

    public RegionalAuthority getAuthority() {
        return authority;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
