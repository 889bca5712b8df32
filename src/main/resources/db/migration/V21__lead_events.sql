-- What happened to a lead, append-only: contact attempts, status changes, notes, assignments.
CREATE TABLE lead_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    lead_id        BIGINT       NOT NULL,
    occurred_at    DATETIME(6)  NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    attempt_result VARCHAR(20)  NULL,
    from_status    VARCHAR(30)  NULL,
    to_status      VARCHAR(30)  NULL,
    reason_code    VARCHAR(40)  NULL,
    scheduled_at   DATETIME(6)  NULL,
    note           TEXT         NULL,
    CONSTRAINT fk_lead_event_lead FOREIGN KEY (lead_id) REFERENCES leads (id),
    INDEX idx_lead_event_lead (lead_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The queue's default order sorts on these; the appointment belongs to the lead.
ALTER TABLE leads
    ADD COLUMN screening_at DATETIME(6) NULL,
    ADD COLUMN first_contact_at DATETIME(6) NULL,
    ADD INDEX idx_lead_status_created (status, created_at);
