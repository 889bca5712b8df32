-- What a lead's Idempotency-Key was first used for: the SHA-256 of the submission's canonical form (never the
-- data itself), so the same key with a different submission is refused. NULL (leads stored before, or sent
-- without a key) matches any submission.
ALTER TABLE leads
    ADD COLUMN idempotency_fingerprint CHAR(64) NULL AFTER idempotency_key;
