-- The ADMIN's audit search filters by user and by time and shows the newest first.
ALTER TABLE audit_event
    ADD INDEX idx_audit_event_time (occurred_at),
    ADD INDEX idx_audit_event_actor (actor, occurred_at);
