package cn.whuh.portal.notify;

import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.settings.SiteSettings;
import cn.whuh.portal.study.StudyCatalog;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The site contact's daily digest: new leads of the last 24 hours, leads still NEW after 48 hours and re-contact
 * dates in the next 7 days, as counts and references only, and the outbox's DEAD messages (number, kind and
 * channel, never a recipient) for an ADMIN to look at. Checked every minute; written once the configured
 * time (Asia/Shanghai) has passed, at most once per date: the outbox's unique key {@code digest:DATE} makes the
 * second writer fail, whichever of several instances it is. A portal that was down at that time sends it when
 * it comes back the same day. It goes to each of the lead recipients ({@link SiteSettings}), unless an ADMIN
 * switched the digest off.
 */
@Component
class DailyDigest {

    /** The study the digest is about: this portal recruits for one study. */
    private final String nctId;
    private final EntityManager entities;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final LeadMails leadMails;
    private final DigestProperties properties;
    private final SiteSettings settings;
    private final Clock clock;

    DailyDigest(EntityManager entities, Outbox outbox, MailTemplates templates, LeadMails leadMails,
            DigestProperties properties, SiteSettings settings, StudyCatalog studies, Clock clock) {
        this.nctId = studies.recruiting().nctId();
        this.entities = entities;
        this.outbox = outbox;
        this.templates = templates;
        this.leadMails = leadMails;
        this.properties = properties;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.digest.check-interval:PT1M}")
    void writeIfDue() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ClockConfig.SITE_ZONE));
        if (!now.toLocalTime().isBefore(properties.time())) {
            write(now.toLocalDate());
        }
    }

    /** Writes the digest of {@code date} unless it exists or is switched off; true when this call wrote it. */
    boolean write(LocalDate date) {
        if (!settings.dailyDigest()) {
            return false;
        }
        try {
            return outbox.addOnce(MailKind.DAILY_DIGEST, null, "digest:" + date, () -> render(date));
        } catch (DataIntegrityViolationException written) {
            return false;
        }
    }

    private List<Mail> render(LocalDate date) {
        Instant at = date.atTime(properties.time()).atZone(ClockConfig.SITE_ZONE).toInstant();
        List<String> fresh = entities.createQuery("""
                select l.reference from Lead l where l.createdAt >= :from and l.createdAt < :to
                order by l.createdAt""", String.class)
                .setParameter("from", at.minus(Duration.ofHours(24))).setParameter("to", at)
                .getResultList();
        List<String> untouched = entities.createQuery("""
                select l.reference from Lead l where l.status = :status and l.createdAt < :before
                order by l.createdAt""", String.class)
                .setParameter("status", LeadStatus.NEW).setParameter("before", at.minus(Duration.ofHours(48)))
                .getResultList();
        List<String> recontact = entities.createQuery("""
                select concat(cast(l.recontactDate as string), ' ', l.reference) from Lead l
                where l.recontactDate between :from and :to and l.status not in :closed
                order by l.recontactDate, l.reference""", String.class)
                .setParameter("from", date).setParameter("to", date.plusDays(7))
                .setParameter("closed", List.of(LeadStatus.values()).stream().filter(LeadStatus::closed).toList())
                .getResultList();
        List<String> dead = entities.createQuery("select m from MailMessage m where m.status = :dead order by m.id",
                MailMessage.class).setParameter("dead", MailStatus.DEAD).getResultList().stream()
                .map(m -> "#" + m.getId() + " " + m.getKind() + " " + m.getChannel()).toList();
        Map<String, Object> model = new HashMap<>(LeadMails.siteModel(nctId));
        model.put("date", date.toString());
        model.put("sections", List.of(section("notify.digest.new", fresh), section("notify.digest.untouched", untouched),
                section("notify.digest.recontact", recontact), section("notify.digest.dead", dead)));
        model.put("link", leadMails.staffLink("/staff/leads"));
        MailTemplates.Bodies bodies = templates.render("daily-digest", Languages.CHINESE, model);
        String subject = templates.word("notify.digest.subject", Languages.ENGLISH, nctId, date.toString());
        return leadMails.toSite(subject, bodies);
    }

    private static Map<String, Object> section(String key, List<String> items) {
        return Map.of("key", key, "count", items.size(), "items", items, "hasItems", !items.isEmpty());
    }
}
