-- Erasure of a lead's personal data (docs/patient-door.md): what identifies the person or repeats what they said
-- can be emptied, leaving an anonymous row (reference, study, outcome, status, dates, source, consents, the
-- criteria's ids and statuses) that keeps the funnel, dashboard and export counts right.
ALTER TABLE leads
    MODIFY full_name VARCHAR(100) NULL,
    MODIFY phone VARCHAR(20) NULL,
    MODIFY answers_json LONGTEXT NULL,
    ADD COLUMN closed_at DATETIME(6) NULL,
    ADD COLUMN erased_at DATETIME(6) NULL,
    ADD COLUMN erasure_reason VARCHAR(200) NULL;
-- the retention clock of leads closed before: their last move to the status they are in (else their receipt)
UPDATE leads l SET closed_at = COALESCE(
        (SELECT MAX(e.occurred_at) FROM lead_event e
         WHERE e.lead_id = l.id AND e.kind = 'STATUS' AND e.to_status = l.status), l.created_at)
    WHERE l.status IN ('NOT_ELIGIBLE', 'NOT_INTERESTED', 'UNREACHABLE', 'WITHDRAWN', 'DUPLICATE');
CREATE INDEX idx_lead_retention ON leads (erased_at, status, closed_at);
