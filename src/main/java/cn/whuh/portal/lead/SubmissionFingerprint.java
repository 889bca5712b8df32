package cn.whuh.portal.lead;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an {@code Idempotency-Key} was used for, without keeping the data twice: the SHA-256 (hex) of the key and
 * a canonical JSON form of the submission (study, answers, contact details, consents; map keys sorted at every
 * level, so the order of the client's JSON keys and its whitespace do not matter). The key is part of the
 * hashed text, so equal submissions under different keys have different fingerprints and the column cannot
 * link leads or confirm a guessed phone number.
 */
@Component
public class SubmissionFingerprint {

    private final JsonMapper canonical;

    SubmissionFingerprint(JsonMapper json) {
        this.canonical = json.rebuild().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    }

    /** The fingerprint of a submission under its idempotency key, or null when it has none. */
    public String of(LeadSubmission submission) {
        if (submission.idempotencyKey() == null) {
            return null;
        }
        Map<String, Object> contact = new HashMap<>();
        ContactDetails details = submission.contact();
        if (details != null) {
            contact.put("full_name", details.fullName());
            contact.put("phone", details.phone());
            contact.put("email", details.email());
            contact.put("wechat_id", details.wechatId());
            contact.put("preferred_language", details.preferredLanguage());
            contact.put("preferred_contact_time", details.preferredContactTime());
        }
        ConsentChoices consents = submission.consents();
        Map<String, Object> consent = consents == null ? Map.of() : Map.of("processing", consents.processing(),
                "share_with_site", consents.shareWithSite(), "future", consents.future());
        Map<String, Object> form = Map.of("nct_id", String.valueOf(submission.nctId()),
                "answers", submission.answers() == null ? Map.of() : submission.answers(),
                "contact", contact, "consent", consent);
        return DigestUtils.sha256Hex(submission.idempotencyKey() + "\n" + canonical.writeValueAsString(form));
    }

}
