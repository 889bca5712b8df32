package cn.whuh.portal.triage.api;

import cn.whuh.portal.staff.CurrentStaff;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.triage.LeadExport;
import cn.whuh.portal.triage.LeadFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /staff/leads/export.csv?scope=…}: the queue with the filter of the page, for INVESTIGATOR and ADMIN. */
@RestController
class LeadExportController {

    private final LeadExport export;
    private final Clock clock;

    LeadExportController(LeadExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/staff/leads/export.csv")
    void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!CurrentStaff.has(StaffRole.INVESTIGATOR)) {
            // before any CSV header: the refusal is the portal's 403 page (SecurityConfig), not a download
            throw new AccessDeniedException("CSV export is for investigators");
        }
        LeadFilter filter;
        try {
            filter = LeadFilter.fromQuery(request::getParameter);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown filter value");
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"leads-" + LocalDate.now(clock) + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        export.write(filter, response.getOutputStream());
    }
}
