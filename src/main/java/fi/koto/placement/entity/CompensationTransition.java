package fi.koto.placement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The transitional rule for compensation periods running when the period lengths change on {@code validFrom}
 * (docs/domain.md, "Compensation"). {@code verified} is false while the rule is a setting rather than a rule a
 * source states; {@code source} says which.
 */
@Entity
@Table(name = "compensation_transition")
public class CompensationTransition {

    @Id
    private Long id;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TransitionMode mode;

    @Column(nullable = false)
    private boolean verified;

    @Column(nullable = false, length = 1000)
    private String source;

    protected CompensationTransition() {}

    public Long getId() {
        return id;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public TransitionMode getMode() {
        return mode;
    }

    public boolean isVerified() {
        return verified;
    }

    public String getSource() {
        return source;
    }
}
