-- The queue filters and orders by the callback's time and the attempt count ("due today", "attempt 2 of 3"):
-- both join the queue's covering index, so its pages still never read the wide lead rows (docs/triage.md#search).
ALTER TABLE leads
    DROP INDEX idx_lead_queue_cover,
    ADD INDEX idx_lead_queue_cover (status, created_at, outcome, next_action_date, assigned_to, last_contact_at,
                                    callback_at, attempt_count, reference, full_name, phone);
