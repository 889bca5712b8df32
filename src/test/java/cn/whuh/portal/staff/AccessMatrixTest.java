package cn.whuh.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.whuh.portal.audit.AuditFilter;
import cn.whuh.portal.audit.AuditLog;
import cn.whuh.portal.lead.LeadStatusLookup;
import cn.whuh.portal.triage.DemoLeads;
import cn.whuh.portal.triage.LeadFilter;
import cn.whuh.portal.triage.LeadQueue;
import cn.whuh.portal.triage.LeadWork;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Who may open what: every Vaadin route and every staff URL, for an anonymous visitor and each role, and
 * the service methods behind them (method security, not only the views).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessMatrixTest {

    /** The least role each staff route needs (every role includes RECRUITER). Other routes are public. */
    private static final Map<String, StaffRole> STAFF_ROUTES = Map.of(
            "staff", StaffRole.RECRUITER,
            "staff/leads", StaffRole.RECRUITER,
            "staff/leads/:___url_parameter", StaffRole.RECRUITER,
            "staff/password", StaffRole.RECRUITER,
            "staff/users", StaffRole.ADMIN,
            "staff/audit", StaffRole.ADMIN,
            "staff/outbox", StaffRole.ADMIN,
            "staff/settings", StaffRole.ADMIN);

    @LocalServerPort
    int port;
    @Autowired
    ServletContext servletContext;
    @Autowired
    AccessAnnotationChecker accessChecker;
    @Autowired
    StaffUsers users;
    @Autowired
    LeadQueue queue;
    @Autowired
    LeadWork work;
    @Autowired
    AuditLog auditLog;
    @Autowired
    DemoLeads demoLeads;
    @Autowired
    LeadStatusLookup leadStatus;

    @Test
    void everyRouteAllowsExactlyTheRolesItShould() {
        List<RouteData> routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))).getAvailableRoutes();
        assertThat(routes).extracting(RouteData::getTemplate).containsAll(STAFF_ROUTES.keySet());
        List<String> checked = new ArrayList<>();
        for (RouteData route : routes) {
            String template = route.getTemplate();
            boolean staff = template.equals("staff") || template.startsWith("staff/");
            assertThat(!staff || STAFF_ROUTES.containsKey(template))
                    .as("staff route %s must be in the access matrix", template).isTrue();
            Class<?> view = route.getNavigationTarget();
            assertThat(accessChecker.hasAccess(view, null, role -> false))
                    .as("anonymous on %s", template).isEqualTo(!staff);
            for (StaffRole role : StaffRole.values()) {
                Principal principal = () -> "someone";
                boolean expected = !staff || role.compareTo(STAFF_ROUTES.get(template)) >= 0;
                assertThat(accessChecker.hasAccess(view, principal,
                        r -> role.authorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + r))))
                        .as("%s on %s", role, template).isEqualTo(expected);
            }
            checked.add(template);
        }
        assertThat(checked).contains("", "login", "privacy");
    }

    @Test
    void anonymousVisitorsAreSentToSignInForEveryStaffUrl() {
        StaffHttp anonymous = new StaffHttp(port, "192.0.2.10");
        for (String path : List.of("/staff", "/staff/leads", "/staff/leads/DM-000001", "/staff/users",
                "/staff/audit", "/staff/password", "/staff/leads/export.csv", "/staff/settings")) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(StaffHttp.location(response)).as(path).endsWith("/login");
        }
        for (String path : List.of("/", "/privacy", "/login", "/actuator/health")) {
            assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(200);
        }
        // The public API never asks anyone to sign in; a lead's status (the Location of a new lead) is for
        // staff: 401 problem details, not a sign-in page, whether the lead exists or not.
        assertThat(anonymous.get("/api/no-such-endpoint").statusCode()).isNotIn(302, 401, 403);
        for (String reference : List.of(DemoLeads.reference(0), "LP-ZZZZZ9")) {
            HttpResponse<String> status = anonymous.get("/api/studies/NCT06106906/leads/" + reference);
            assertThat(status.statusCode()).isEqualTo(401);
            assertThat(status.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(anonymous.get("/actuator/env").statusCode()).isIn(302, 401, 403);
    }

    @Test
    void csvExportIsForInvestigatorsAndAdminsOnly() {
        demoLeads.ensure(20);
        Map<StaffRole, Integer> expected = Map.of(StaffRole.RECRUITER, 403, StaffRole.INVESTIGATOR, 200,
                StaffRole.ADMIN, 200);
        for (StaffRole role : StaffRole.values()) {
            StaffHttp http = new StaffHttp(port, "192.0.2." + (20 + role.ordinal()));
            assertThat(StaffHttp.location(http.login(TestStaff.create(users, role), TestStaff.PASSWORD)))
                    .doesNotContain("error");
            HttpResponse<String> csv = http.get("/staff/leads/export.csv?scope=ALL&text=" + DemoLeads.reference(0));
            assertThat(csv.statusCode()).as(role.name()).isEqualTo(expected.get(role));
            if (csv.statusCode() == 403) {
                // not a download (a browser is sent to the portal's "Not allowed" page: LockoutBrowserTest)
                assertThat(csv.headers().firstValue("Content-Disposition")).isEmpty();
            }
            if (csv.statusCode() == 200) {
                assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
                assertThat(csv.body()).startsWith("\uFEFFreference,received_asia_shanghai,outcome,status,name");
                assertThat(csv.body()).contains(DemoLeads.reference(0) + ",");
            }
            assertThat(http.get("/staff/leads").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void everyStaffRoleSeesALeadsStatusThroughTheApi() {
        demoLeads.ensure(20);
        for (StaffRole role : StaffRole.values()) {
            StaffHttp http = new StaffHttp(port, "192.0.2." + (40 + role.ordinal()));
            http.login(TestStaff.create(users, role), TestStaff.PASSWORD);
            HttpResponse<String> status = http.get("/api/studies/NCT06106906/leads/" + DemoLeads.reference(0));
            assertThat(status.statusCode()).as(role.name()).isEqualTo(200);
            assertThat(status.body()).as(role.name()).contains("\"reference\":\"" + DemoLeads.reference(0) + "\"");
        }
    }

    @Test
    void serviceMethodsCheckRolesThemselves() {
        assertThatThrownBy(() -> queue.count(LeadFilter.DEFAULT))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> work.open(DemoLeads.reference(0)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> leadStatus.find("NCT06106906", DemoLeads.reference(0)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        TestStaff.as("r", StaffRole.RECRUITER, () -> {
            assertThat(queue.count(LeadFilter.DEFAULT)).isNotNegative();
            assertThatThrownBy(() -> users.create("x" + UUID.randomUUID().toString().substring(0, 6),
                    StaffRole.ADMIN, "long-enough-password")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.all()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> auditLog.search(
                    new AuditFilter(null, null, null, null, null, ZoneOffset.UTC), PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
        });
        TestStaff.as("i", StaffRole.INVESTIGATOR, () -> assertThatThrownBy(() -> users.all())
                .isInstanceOf(AccessDeniedException.class));
        TestStaff.as("a", StaffRole.ADMIN, () -> assertThat(users.all()).isNotEmpty());
    }

    @Test
    void disablingAUserEndsTheirSession() {
        String recruiter = TestStaff.create(users, StaffRole.RECRUITER);
        StaffHttp http = new StaffHttp(port, "192.0.2.30");
        http.login(recruiter, TestStaff.PASSWORD);
        assertThat(http.get("/staff/leads").statusCode()).isEqualTo(200);

        TestStaff.as("test-admin", StaffRole.ADMIN, () -> users.setEnabled(recruiter, false));

        HttpResponse<String> after = http.get("/staff/leads");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(StaffHttp.location(after)).endsWith("/login");
        assertThat(StaffHttp.location(http.login(recruiter, TestStaff.PASSWORD))).endsWith("/login?error");
    }
}
