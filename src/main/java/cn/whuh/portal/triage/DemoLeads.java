package cn.whuh.portal.triage;

import cn.whuh.portal.base.i18n.Text;
import cn.whuh.portal.prescreen.CriterionResult;
import cn.whuh.portal.prescreen.CriterionStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.prescreen.Evaluation;
import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.study.StudyCatalog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Synthetic leads for trying the queue and measuring it: {@code PORTAL_DEMO_LEADS=N} (default 0) makes sure N
 * demo leads (references {@code DM-…}) exist at start. Names, phone numbers and answers are made up; the
 * evaluation is a plausible serialised {@link Evaluation}. Inserted with JDBC batches of {@value #BATCH}, one
 * transaction each: 100 000 take about 40 s on the busy build machine (docs/performance.md#p3).
 */
@Component
public class DemoLeads implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLeads.class);
    private static final String PREFIX = "DM-";
    private static final int BATCH = 1000;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "胡", "朱"};
    private static final String[] GIVEN = {"丽", "芳", "静", "敏", "婷", "雪", "琳", "慧", "娜", "秀英", "晓燕", "海燕", "伟", "强"};
    private static final String[] LATIN = {"Li Na", "Wang Fang", "Chen Jing", "Zhang Min", "Liu Ting", "Amy Zhou"};
    private static final String[] SOURCES = {"wechat", "weibo", "baidu", "clinic-poster", "patient-group", null};
    private static final String[] TIMES = {"工作日上午", "下午 2-5 点", "evenings after 6 pm", null};

    private final String nctId;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final int wanted;

    DemoLeads(JdbcTemplate jdbc, JsonMapper json, Clock clock, StudyCatalog studies, TransactionTemplate transaction,
            @Value("${portal.demo-leads:0}") int wanted) {
        this.nctId = studies.recruiting().nctId();
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.wanted = wanted;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (wanted > 0) {
            int added = ensure(wanted);
            log.info("Demo data: {} synthetic leads present ({} added)", wanted, added);
        }
    }

    /**
     * Makes sure demo leads number 0 … count-1 exist; returns how many were added. One transaction per
     * {@value #BATCH} leads with their consents, so that no statement runs long (the connections' 10 s
     * {@code max_statement_time}: one {@code insert … select} of 200 000 consents exceeded it on a busy machine)
     * and a stop half-way leaves whole leads; a second call adds the rest.
     */
    public int ensure(int count) {
        Integer present = jdbc.queryForObject("select count(*) from leads where reference like 'DM-%'", Integer.class);
        int from = present == null ? 0 : present;
        Instant now = Instant.now(clock);
        String[] evaluations = evaluations();
        for (int start = from; start < count; start += BATCH) {
            int first = start;
            int end = Math.min(count, start + BATCH);
            transaction.executeWithoutResult(status -> add(first, end, now, evaluations));
        }
        return Math.max(0, count - from);
    }

    /** Demo leads first … end-1 and their two consents. */
    private void add(int first, int end, Instant now, String[] evaluations) {
        List<Object[]> rows = new ArrayList<>(end - first);
        for (int i = first; i < end; i++) {
            rows.add(row(i, now, evaluations));
        }
        insert(rows);
        // references sort as their numbers do (fixed width, base 36 in upper case): a range of the unique index
        jdbc.update("""
                insert into lead_consent (lead_id, kind, notice_version, notice_language, notice_sha256, granted_at)
                select l.id, k.kind, 'demo', l.preferred_language, repeat('0', 64), l.created_at
                from leads l
                join (select 'PRESCREEN_PROCESSING' kind union all select 'SHARE_WITH_SITE') k
                where l.reference between ? and ?
                  and not exists (select 1 from lead_consent c where c.lead_id = l.id)""",
                reference(first), reference(end - 1));
    }

    public static String reference(int index) {
        return PREFIX + "%6s".formatted(Integer.toString(index, 36).toUpperCase(Locale.ROOT)).replace(' ', '0');
    }

    private void insert(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into leads (reference, nct_id, questionnaire_version, outcome, status, answers_json,
                        evaluation_json, full_name, phone, email, preferred_language, preferred_contact_time,
                        consent_future, utm_source, created_at, assigned_to, last_contact_at, first_contact_at,
                        next_action_date, attempt_count)
                    values (?, ?, 'demo', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }
    }

    private Object[] row(int i, Instant now, String[] evaluations) {
        SplittableRandom random = new SplittableRandom(i * 7919L + 17);
        boolean likely = random.nextInt(100) < 45;
        Instant created = now.minus(Duration.ofMinutes((long) (Math.pow(random.nextDouble(), 2) * 180 * 24 * 60)));
        LeadStatus status = status(random, created, now);
        Instant reached = created.plus(Duration.ofHours(2 + random.nextInt(60)));
        Instant contacted = status == LeadStatus.NEW ? null : reached.isAfter(now) ? now : reached;
        boolean latin = random.nextInt(10) == 0;
        String name = latin ? LATIN[random.nextInt(LATIN.length)]
                : SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        String phone = "+861" + (3 + random.nextInt(7)) + "%09d".formatted(random.nextInt(1_000_000_000));
        LocalDate next = status == LeadStatus.CONTACT_ATTEMPTED || status == LeadStatus.REACHED
                ? LocalDate.ofInstant(contacted, clock.getZone()).plusDays(random.nextInt(1, 6)) : null;
        return new Object[] {reference(i), nctId, (likely ? Outcome.LIKELY_ELIGIBLE : Outcome.NEEDS_REVIEW).name(),
                status.name(), ANSWERS, evaluations[likely ? 0 : 1 + random.nextInt(evaluations.length - 1)], name,
                phone, random.nextInt(3) == 0 ? "demo" + i + "@example.invalid" : null, latin ? "en" : "zh",
                TIMES[random.nextInt(TIMES.length)], random.nextInt(4) == 0, SOURCES[random.nextInt(SOURCES.length)],
                Timestamp.from(created), status == LeadStatus.NEW || random.nextBoolean() ? null : "demo-recruiter",
                contacted == null ? null : Timestamp.from(contacted), contacted == null ? null : Timestamp.from(contacted),
                next, contacted == null ? 0 : status == LeadStatus.UNREACHABLE ? Lead.UNANSWERED_BEFORE_UNREACHABLE : 1};
    }

    /** Older leads have moved further along; the last two days are mostly NEW. */
    private static LeadStatus status(SplittableRandom random, Instant created, Instant now) {
        if (Duration.between(created, now).toHours() < 48 && random.nextInt(4) > 0) {
            return LeadStatus.NEW;
        }
        int p = random.nextInt(100);
        LeadStatus[] ladder = {LeadStatus.NEW, LeadStatus.CONTACT_ATTEMPTED, LeadStatus.REACHED,
            LeadStatus.SCREENING_SCHEDULED, LeadStatus.SCREENED, LeadStatus.NOT_INTERESTED, LeadStatus.NOT_ELIGIBLE,
            LeadStatus.UNREACHABLE, LeadStatus.ENROLLED, LeadStatus.WITHDRAWN, LeadStatus.DUPLICATE};
        int[] cumulative = {15, 35, 50, 58, 63, 75, 85, 95, 97, 99, 100};
        for (int k = 0; k < ladder.length; k++) {
            if (p < cumulative[k]) {
                return ladder[k];
            }
        }
        return LeadStatus.NEW;
    }

    private static final String ANSWERS = """
            {"respondent":"SELF","age_years":34,"sex":"FEMALE","weight":{"value":52,"unit":"KG"},\
            "can_attend_visits":"YES","sle_diagnosed":"YES","sle_diagnosis_month":"2019-05","disease_active":"YES",\
            "sledai_score":8,"treated_8_weeks":"YES","prior_bcell_therapy":"NO","prior_car_t":"NO",\
            "steroid_immuno_allergy":"NO","severe_allergy":"NO","allergic_constitution":"NO",\
            "conditions":[],"recent_events_8w":[],\
            "recent_events_4w":[],"recent_plasma_ivig_dialysis_14d":"NO","current_infection":"NO",\
            "recent_jak_btk":"NO","recent_other_biologic":"NO","other_trial_4w":"NO",\
            "long_term_anticoagulant":"NO","surgery_planned":"NO","alcohol_drug_problem":"NO",\
            "pregnant_or_breastfeeding":"NO","pregnancy_plan_2y":"NO","willing_contraception":"YES"}""";

    /** One all-pass evaluation, then variants with criteria the team must check. */
    private String[] evaluations() {
        LocalDate today = LocalDate.now(clock);
        List<CriterionResult> pass = List.of(
                pass("I1", "Able to complete visits", "能够完成随访"),
                pass("I2", "Age 18–70", "年龄 18–70 岁"),
                pass("I3", "Weight at least 40 kg", "体重至少 40 公斤"),
                pass("I4", "SLE for at least 24 weeks", "确诊 SLE 至少 24 周"),
                pass("I5", "Active SLE", "活动性 SLE"),
                pass("I6", "At least 8 weeks of standard treatment", "规范治疗至少 8 周"),
                new CriterionResult("E3", CriterionStatus.STAFF, new Text("Laboratory values", "实验室检查"),
                        new Text("Checked at the screening visit", "筛选访视时检查")));
        List<String> out = new ArrayList<>();
        out.add(evaluation(today, Outcome.LIKELY_ELIGIBLE, pass));
        out.add(evaluation(today, Outcome.NEEDS_REVIEW, with(pass, new CriterionResult("I5", CriterionStatus.REVIEW,
                new Text("Active SLE", "活动性 SLE"),
                new Text("Not sure whether the lupus is active", "不确定狼疮是否处于活动期")))));
        out.add(evaluation(today, Outcome.NEEDS_REVIEW, with(pass, new CriterionResult("E19", CriterionStatus.REVIEW,
                new Text("Live vaccine in the last 4 weeks", "近 4 周接种活疫苗"),
                new Text("Live vaccine recently; eligible again from " + today.plusWeeks(3),
                        "近期接种活疫苗；自 " + today.plusWeeks(3) + " 起可再评估")))));
        out.add(evaluation(today, Outcome.NEEDS_REVIEW, with(pass, new CriterionResult("E12", CriterionStatus.REVIEW,
                new Text("Tuberculosis", "结核"),
                new Text("Tuberculosis not fully treated: enrollable once treated", "结核未完全治疗：治疗后可入组")))));
        return out.toArray(String[]::new);
    }

    private static CriterionResult pass(String id, String en, String zh) {
        return new CriterionResult(id, CriterionStatus.PASS, new Text(en, zh), new Text("Answer fits", "回答符合"));
    }

    private static List<CriterionResult> with(List<CriterionResult> base, CriterionResult extra) {
        List<CriterionResult> all = new ArrayList<>(base);
        all.add(extra);
        return all;
    }

    private String evaluation(LocalDate today, Outcome outcome, List<CriterionResult> criteria) {
        Map<String, Object> answers = new LinkedHashMap<>(json.readValue(ANSWERS, Map.class));
        return json.writeValueAsString(new Evaluation(nctId, "demo", today, answers, outcome, criteria));
    }
}
