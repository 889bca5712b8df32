package cn.whuh.portal.staff;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a staff member may do. Each role includes the ones below it: RECRUITER triages the leads that are
 * unassigned or assigned to them; INVESTIGATOR triages all leads and exports; ADMIN also manages users and
 * reads the audit trail.
 */
public enum StaffRole {
    RECRUITER,
    INVESTIGATOR,
    ADMIN;

    public static final String RECRUITER_ROLE = "RECRUITER";
    public static final String INVESTIGATOR_ROLE = "INVESTIGATOR";
    public static final String ADMIN_ROLE = "ADMIN";

    /** The role and every role it includes, as Spring Security authorities ({@code ROLE_…}). */
    public List<GrantedAuthority> authorities() {
        return List.of(values()).subList(0, ordinal() + 1).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }
}
