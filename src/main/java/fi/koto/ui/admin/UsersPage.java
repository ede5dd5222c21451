package fi.koto.ui.admin;

import fi.koto.access.control.Role;
import fi.koto.identity.boundary.NewUser;
import fi.koto.identity.boundary.UserSummary;
import fi.koto.identity.boundary.Users;
import fi.koto.platform.failure.KotoException;
import fi.koto.reference.boundary.Authorities;
import fi.koto.reference.boundary.Municipalities;
import fi.koto.reference.control.AuthorityView;
import fi.koto.reference.control.MunicipalitySearch;
import fi.koto.reference.control.MunicipalityView;
import fi.koto.ui.FacesMessages;
import fi.koto.ui.LanguageSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Backs admin/users.xhtml: the administrator's list of accounts and the form for a new one. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users users;

    @Inject
    Authorities authorities;

    @Inject
    Municipalities municipalities;

    @Inject
    LanguageSelection languages;

    @Inject
    FacesMessages messages;

    private List<UserSummary> accounts;
    private List<AuthorityView> currentAuthorities;
    private NewUserForm form = new NewUserForm();
    private List<MunicipalityView> municipalityChoices;

    @PostConstruct
    void init() {
        reload();
        currentAuthorities = authorities.current();
    }

    public void create() {
        try {
            UserSummary created = users.create(new NewUser(
                    form.getUsername(),
                    form.getPassword(),
                    form.getRole() == null ? null : form.getRole().name(),
                    form.getDisplayName(),
                    form.getEmail(),
                    form.getLanguage(),
                    codes(form.getMunicipalities()),
                    form.getAuthorityCode(),
                    null));
            messages.info("users.created", created.username());
            form = new NewUserForm();
            reload();
        } catch (KotoException e) {
            messages.errors(e);
        }
    }

    public void toggleEnabled(UserSummary account) {
        try {
            users.setEnabled(account.id(), !account.enabled(), account.version());
            messages.info(account.enabled() ? "users.disabled" : "users.enabled", account.username());
        } catch (KotoException e) {
            messages.errors(e);
        }
        reload();
    }

    public void unlock(UserSummary account) {
        users.unlock(account.id());
        messages.info("users.unlocked", account.username());
        reload();
    }

    /** Suggestions for the municipality field, by name or code. */
    /** Every municipality the administrator may bind a coordinator to, by name. */
    public List<MunicipalityView> getMunicipalityChoices() {
        if (municipalityChoices == null) {
            municipalityChoices = municipalities.search(new MunicipalitySearch(
                    null, 0, MunicipalitySearch.MAX_LIMIT, MunicipalitySearch.SortField.NAME, true));
        }
        return municipalityChoices;
    }

    public String municipalityLabel(MunicipalityView m) {
        return m == null ? "" : m.name(languages.getCode()) + " (" + m.code() + ")";
    }

    public String authorityLabel(AuthorityView a) {
        return a.name(languages.getCode()) + " (" + a.code() + ")";
    }

    public boolean isLocked(UserSummary account) {
        return account.lockedUntil() != null && account.lockedUntil().isAfter(java.time.OffsetDateTime.now());
    }

    private void reload() {
        accounts = users.list();
    }

    private static List<String> codes(List<MunicipalityView> selected) {
        List<String> codes = new ArrayList<>();
        if (selected != null) {
            selected.forEach(m -> codes.add(m.code()));
        }
        return codes;
    }

    public List<UserSummary> getAccounts() {
        return accounts;
    }

    public List<AuthorityView> getCurrentAuthorities() {
        return currentAuthorities;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public NewUserForm getForm() {
        return form;
    }
}
