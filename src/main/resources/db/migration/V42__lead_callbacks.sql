-- A callback instead of a bare "next action" date: when (UTC), what to do, and who calls; and the number of
-- contact attempts, kept on the lead so the queue can show and filter "attempt 2 of 3" without counting events.
ALTER TABLE leads
    ADD COLUMN callback_at      DATETIME(6)  NULL,
    ADD COLUMN callback_purpose VARCHAR(200) NULL,
    ADD COLUMN callback_by      VARCHAR(100) NULL,
    ADD COLUMN attempt_count    INT          NOT NULL DEFAULT 0;
UPDATE leads l SET attempt_count = (SELECT COUNT(*) FROM lead_event e WHERE e.lead_id = l.id AND e.kind = 'ATTEMPT');
CREATE INDEX idx_lead_callback ON leads (callback_by, callback_at);
