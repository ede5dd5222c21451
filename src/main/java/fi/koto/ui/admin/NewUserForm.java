package fi.koto.ui.admin;

import fi.koto.access.control.Role;
import fi.koto.reference.control.MunicipalityView;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the new-account form holds until it is sent. */
public class NewUserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private String email;
    private Role role = Role.COORDINATOR;
    private String language = "fi";
    private String password;
    private List<MunicipalityView> municipalities = new ArrayList<>();
    private String authorityCode;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<MunicipalityView> getMunicipalities() {
        return municipalities;
    }

    public void setMunicipalities(List<MunicipalityView> municipalities) {
        this.municipalities = municipalities;
    }

    public String getAuthorityCode() {
        return authorityCode;
    }

    public void setAuthorityCode(String authorityCode) {
        this.authorityCode = authorityCode;
    }
}
