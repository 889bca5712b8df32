-- notify: the transactional outbox. Mail is written here in the same transaction as what caused it and
-- sent later by the dispatcher; rows are kept after sending so staff can see what went out.
CREATE TABLE mail_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_id      VARCHAR(200)  NOT NULL,
    dedup_key       VARCHAR(100)  NULL,
    kind            VARCHAR(30)   NOT NULL,
    lead_reference  VARCHAR(12)   NULL,
    recipient       VARCHAR(254)  NOT NULL,
    language        VARCHAR(5)    NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    html_body       LONGTEXT      NOT NULL,
    text_body       LONGTEXT      NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_at      DATETIME(6)   NULL,
    last_error      VARCHAR(500)  NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_mail_message_id UNIQUE (message_id),
    -- one row per dedup key, e.g. the daily digest of one date, whichever instance writes it first
    CONSTRAINT uq_mail_dedup UNIQUE (dedup_key),
    INDEX idx_mail_due (status, next_attempt_at),
    INDEX idx_mail_created (created_at),
    INDEX idx_mail_lead (lead_reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
