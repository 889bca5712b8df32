package cn.whuh.portal.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One consent a person gave, with the version, language and SHA-256 of the privacy notice shown. */
@Entity
@Table(name = "lead_consent")
public class LeadConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_id", updatable = false)
    private Lead lead;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private ConsentKind kind;

    @Column(name = "notice_version", nullable = false, updatable = false, length = 20)
    private String noticeVersion;

    @Column(name = "notice_language", nullable = false, updatable = false, length = 2)
    private String noticeLanguage;

    @Column(name = "notice_sha256", nullable = false, updatable = false, length = 64)
    private String noticeSha256;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    protected LeadConsent() {
    }

    LeadConsent(Lead lead, ConsentKind kind, String noticeVersion, String noticeLanguage, String noticeSha256,
            Instant grantedAt) {
        this.lead = lead;
        this.kind = kind;
        this.noticeVersion = noticeVersion;
        this.noticeLanguage = noticeLanguage;
        this.noticeSha256 = noticeSha256;
        this.grantedAt = grantedAt;
    }

    public ConsentKind getKind() {
        return kind;
    }

    public String getNoticeVersion() {
        return noticeVersion;
    }

    public String getNoticeLanguage() {
        return noticeLanguage;
    }

    public String getNoticeSha256() {
        return noticeSha256;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
