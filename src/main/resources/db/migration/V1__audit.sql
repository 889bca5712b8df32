CREATE TABLE audit_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)  NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    action         VARCHAR(60)  NOT NULL,
    lead_reference VARCHAR(20)  NULL,
    detail         VARCHAR(500) NULL,
    INDEX idx_audit_event_lead (lead_reference, occurred_at),
    INDEX idx_audit_event_action (action, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
