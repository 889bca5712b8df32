package cn.whuh.portal.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How to reach the person behind a lead, as validated ({@link ValidContact}): name, phone (E.164), optional
 * e-mail and WeChat ID, the language to contact them in and their best time to call. Part of {@link Lead}; emptied but
 * for the language when the lead's personal data is erased ({@link Lead#erasePersonalData}).
 */
@Embeddable
public class LeadContact {

    @Column(name = "full_name", length = 100)
    private String fullName;
    @Column(name = "phone", length = 20)
    private String phone;
    @Column(name = "email", length = 254)
    private String email;
    @Column(name = "wechat_id", length = 40)
    private String wechatId;
    @Column(name = "preferred_language", nullable = false, length = 2)
    private String preferredLanguage;
    @Column(name = "preferred_contact_time", length = 200)
    private String preferredContactTime;

    protected LeadContact() {
    }

    public LeadContact(ValidContact contact) {
        this.fullName = contact.fullName();
        this.phone = new E164(contact.phoneE164()).value();
        this.email = contact.email();
        this.wechatId = contact.wechatId();
        this.preferredLanguage = contact.preferredLanguage();
        this.preferredContactTime = contact.preferredContactTime();
    }

    /** What is left once erased: only the language to speak to the person in (no one to speak to any more). */
    LeadContact erased() {
        LeadContact left = new LeadContact();
        left.preferredLanguage = preferredLanguage;
        return left;
    }

    /** The name; null once erased. */
    public String fullName() {
        return fullName;
    }

    /** The phone; null once erased. */
    public E164 phone() {
        return phone == null ? null : new E164(phone);
    }

    /** The e-mail address, or null. */
    public String email() {
        return email;
    }

    /** The WeChat ID, or null. */
    public String wechatId() {
        return wechatId;
    }

    /** {@code en} or {@code zh}. */
    public String preferredLanguage() {
        return preferredLanguage;
    }

    /** The person's own words about when to call, or null. */
    public String preferredContactTime() {
        return preferredContactTime;
    }
}
