package fi.koto.identity.entity;

import fi.koto.access.control.AccessScope;
import fi.koto.access.control.Role;
import fi.koto.reference.entity.Municipality;
import fi.koto.reference.entity.RegionalAuthority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who logs in to Koto. Coordinators are bound to municipalities, officials to one regional authority;
 * managers and administrators see everything. Only a PBKDF2 hash of the password is kept.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.BY_SSO_SUBJECT, query = "select u from UserAccount u where u.ssoSubject = :subject")
@NamedQuery(name = UserAccount.BY_EMAIL, query = "select u from UserAccount u where lower(u.email) = lower(:email)")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String BY_SSO_SUBJECT = "UserAccount.bySsoSubject";
    public static final String BY_EMAIL = "UserAccount.byEmail";

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    /** The single sign-on provider's {@code sub} for this person, linked by an administrator; null: none. */
    @Column(name = "sso_subject")
    private String ssoSubject;

    @Column(nullable = false, length = 2)
    private String language;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "authority_id")
    private RegionalAuthority authority;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "user_municipality",
            joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "municipality_code"))
    private Set<Municipality> municipalities = new LinkedHashSet<>();

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected UserAccount() {}

    public UserAccount(
            String username,
            String passwordHash,
            Role role,
            String displayName,
            String language,
            OffsetDateTime createdAt) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.displayName = Objects.requireNonNull(displayName);
        this.language = Objects.requireNonNull(language);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.enabled = true;
    }

    /** Binds a coordinator to a municipality; other roles have no municipalities. */
    public void addMunicipality(Municipality municipality) {
        if (role != Role.COORDINATOR) {
            throw new IllegalStateException("Only coordinators are bound to municipalities");
        }
        municipalities.add(municipality);
    }

    /** Binds an official to the authority they work for; other roles have no authority. */
    public void assignAuthority(RegionalAuthority authority) {
        if (role != Role.OFFICIAL) {
            throw new IllegalStateException("Only officials are bound to an authority");
        }
        this.authority = authority;
    }

    public boolean isLockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void changeLanguage(String language) {
        this.language = Objects.requireNonNull(language);
    }

    public void enable() {
        this.enabled = true;
    }

    /** A disabled account cannot log in and sees nothing; its history stays. */
    public void disable() {
        this.enabled = false;
    }

    public void unlock() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void changeEmail(String email) {
        this.email = email;
    }

    /** Links the account to the person the single sign-on provider knows by {@code subject} (null: unlinks). */
    public void linkSsoSubject(String subject) {
        this.ssoSubject = subject == null || subject.isBlank() ? null : subject.trim();
    }

    public String getSsoSubject() {
        return ssoSubject;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public RegionalAuthority getAuthority() {
        return authority;
    }

    public Set<Municipality> getMunicipalities() {
        return Collections.unmodifiableSet(municipalities);
    }

    /** The codes of the municipalities a coordinator is bound to, sorted. */
    public java.util.SortedSet<String> municipalityCodes() {
        var codes = new java.util.TreeSet<String>();
        municipalities.forEach(m -> codes.add(m.getCode()));
        return codes;
    }

    /**
     * What this account may see: nothing while it is disabled, otherwise what its role's kind of scope binds it
     * to (everything, its authority's municipalities, or its own municipalities).
     */
    public AccessScope accessScope() {
        if (!isEnabled()) {
            return AccessScope.none();
        }
        return switch (getRole().scopeKind()) {
            case ALL -> AccessScope.all();
            case AUTHORITY ->
                getAuthority() == null
                        ? AccessScope.none()
                        : AccessScope.authority(getAuthority().getId());
            case MUNICIPALITIES -> AccessScope.municipalities(municipalityCodes());
        };
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    public long getVersion() {
        return version;
    }
}
