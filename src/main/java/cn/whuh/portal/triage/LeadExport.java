package cn.whuh.portal.triage;

import cn.whuh.portal.audit.AuditLog;
import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.base.config.SiteTime;
import cn.whuh.portal.staff.CurrentStaff;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The filtered queue as CSV (Apache Commons CSV), UTF-8 with a byte-order mark so that Excel shows Chinese
 * names. Written page by page from the database; cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe. Phones stay in E.164 ({@code +8613800138000}), unambiguous for whatever reads the
 * file next; only the staff pages show them as dialled in China. An erased lead has no name or phone, and the day
 * its personal data was erased in the last column. Audited with the filter and the number of rows,
 * never the content nor the search text.
 */
@Service
public class LeadExport {

    private static final int PAGE = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ClockConfig.SITE_ZONE);

    private final LeadQueue queue;
    private final AuditLog auditLog;

    LeadExport(LeadQueue queue, AuditLog auditLog) {
        this.queue = queue;
        this.auditLog = auditLog;
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    public void write(LeadFilter filter, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader("reference", "received_asia_shanghai", "outcome", "status", "name", "phone", "assigned_to",
                        "last_contact_attempt", "next_action_date", "personal_data_erased_on")
                .get();
        int rows = 0;
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            List<QueueRow> page;
            do {
                page = queue.page(filter, List.of(), rows, PAGE);
                for (QueueRow r : page) {
                    csv.printRecord(r.reference(), time(r.createdAt()), r.outcome(), r.status(), safe(r.fullName()),
                            safe(r.phone()), safe(r.assignedTo()), time(r.lastContactAt()),
                            r.nextActionDate() == null ? "" : r.nextActionDate().toString(),
                            r.erasedAt() == null ? "" : SiteTime.day(r.erasedAt()).toString());
                }
                rows += page.size();
            } while (page.size() == PAGE);
        }
        auditLog.record(CurrentStaff.username(), "LEADS_EXPORTED", null, auditDetail(rows, filter));
    }

    /**
     * The rows and the filter, but only whether a search text was used: the text may be a name or a phone
     * number, and it could overflow the audit record.
     */
    static String auditDetail(int rows, LeadFilter f) {
        boolean searched = f.text() != null && !f.text().isBlank();
        String query = f.withoutText().toQuery() + (searched ? "&text=(not recorded)" : "");
        return "rows=" + rows + (query.isEmpty() ? "" : " " + query.replaceFirst("^&", ""));
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** A cell starting with = + - @ (or a tab/CR) would be a formula in a spreadsheet. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
