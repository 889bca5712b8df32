-- The re-check invitation (docs/patient-door.md#re-check-invitation): when it was written to the outbox, once.
ALTER TABLE leads ADD COLUMN recheck_invited_at DATETIME(6) NULL;
