package cn.whuh.portal.notify;

import cn.whuh.portal.lead.PersonalLink;
import cn.whuh.portal.notify.sms.SmsTemplate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.regex.Pattern;
import java.util.Map;

/**
 * One rendered message in the outbox, a mail or an SMS ({@link Channel}), with its delivery state. The Message-ID
 * is fixed when the row is written, so every attempt sends the same message. An SMS keeps its template and named
 * parameters (what the provider gets) and its text (what the patient reads); its HTML body is empty.
 */
@Entity
@Table(name = "mail_message")
public class MailMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 5)
    private Channel channel;
    @Column(name = "message_id", nullable = false, updatable = false, length = 200)
    private String messageId;
    @Column(name = "dedup_key", updatable = false, length = 100)
    private String dedupKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private MailKind kind;
    @Column(name = "lead_reference", updatable = false, length = 12)
    private String leadReference;
    @Column(name = "recipient", length = 254)
    private String recipient;
    @Column(name = "language", nullable = false, updatable = false, length = 5)
    private String language;
    @Column(name = "subject", nullable = false, updatable = false, length = 300)
    private String subject;
    @Enumerated(EnumType.STRING)
    @Column(name = "template", updatable = false, length = 30)
    private SmsTemplate template;
    @Column(name = "template_params", length = 1000)
    private String templateParams;
        @Column(name = "html_body", columnDefinition = "longtext")
    private String htmlBody;
    @Column(name = "text_body", columnDefinition = "longtext")
    private String textBody;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private MailStatus status;
    @Column(name = "attempts", nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "claimed_at")
    private Instant claimedAt;
    @Column(name = "last_error", length = 500)
    private String lastError;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    /**
     * The token of a personal link ({@code /my/<token>}, docs/patient-door.md): at rest only until the mail
     * server accepted the message, then replaced by {@link #LINK_SENT}.
     */
    static final Pattern PERSONAL_LINK = Pattern.compile("/" + PersonalLink.PATH + "/[A-Za-z0-9_-]{22,}");
    static final String LINK_SENT = "/" + PersonalLink.PATH + "/(sent)";

    protected MailMessage() {
    }

    private MailMessage(Channel channel, String messageId, String dedupKey, MailKind kind, String leadReference,
            String recipient, String language, String subject, MailStatus status, Instant now) {
        this.channel = channel;
        this.messageId = messageId;
        this.dedupKey = dedupKey;
        this.kind = kind;
        this.leadReference = leadReference;
        this.recipient = recipient;
        this.language = language;
        this.subject = subject;
        this.status = status;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    static MailMessage mail(String messageId, String dedupKey, MailKind kind, String leadReference, Mail mail,
            MailStatus status, Instant now) {
        MailMessage message = new MailMessage(Channel.MAIL, messageId, dedupKey, kind, leadReference,
                mail.recipient(), mail.language(), mail.subject(), status, now);
        message.htmlBody = mail.html();
        message.textBody = mail.text();
        return message;
    }

    static MailMessage sms(String messageId, String dedupKey, MailKind kind, String leadReference, Sms sms,
            MailStatus status, Instant now) {
        // A withdrawal receipt goes to a person whose data is erased: without a provider to send it, it keeps no number.
        boolean numberKept = kind != MailKind.WITHDRAWAL_RECEIPT || status != MailStatus.KEPT;
        MailMessage message = new MailMessage(Channel.SMS, messageId, dedupKey, kind, leadReference,
                numberKept ? sms.phone() : null, sms.language(), sms.subject(), status, now);
        message.template = sms.template();
        message.templateParams = SmsParameters.toJson(sms.parameters());
        message.htmlBody = "";
        message.textBody = sms.text();
        return message;
    }

    /** This instance is about to hand it to the mail server or the SMS provider. */
    void claim(Instant now) {
        status = MailStatus.SENDING;
        attempts++;
        claimedAt = now;
        updatedAt = now;
    }

    /** The mail server or the SMS provider took it: done for good. A personal link in it is not kept ({@link #PERSONAL_LINK}). */
    void sent(Instant now) {
        htmlBody = htmlBody == null ? null : PERSONAL_LINK.matcher(htmlBody).replaceAll(LINK_SENT);
        textBody = textBody == null ? null : PERSONAL_LINK.matcher(textBody).replaceAll(LINK_SENT);
        templateParams = templateParams == null ? null : PERSONAL_LINK.matcher(templateParams).replaceAll(LINK_SENT);
        forgetWithdrawnNumber();
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
        updatedAt = now;
    }

    /** This attempt failed: try again at {@code next}, or give up when {@code next} is null. */
    void failed(String error, Instant next, Instant now) {
        lastError = error;
        status = recipient == null ? MailStatus.CANCELLED : next == null ? MailStatus.DEAD : MailStatus.PENDING;
        if (next != null) {
            nextAttemptAt = next;
        } else {
            forgetWithdrawnNumber();
        }
        updatedAt = now;
    }

    /** The number of a person who withdrew is held only while their receipt may still go. */
    private void forgetWithdrawnNumber() {
        if (kind == MailKind.WITHDRAWAL_RECEIPT) {
            recipient = null;
        }
    }

    /** An ADMIN asked to try again: due now, with a fresh count of attempts. */
    void retry(Instant now) {
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    /** The SMS template, or null for a mail. */
    public SmsTemplate getTemplate() {
        return template;
    }

    /** The SMS template's named parameters, or an empty map for a mail. */
    public Map<String, String> getTemplateParameters() {
        return SmsParameters.fromJson(templateParams);
    }

    public String getMessageId() {
        return messageId;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getLeadReference() {
        return leadReference;
    }

    /** The address; null once its lead's personal data was erased. */
    public String getRecipient() {
        return recipient;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getTextBody() {
        return textBody;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
