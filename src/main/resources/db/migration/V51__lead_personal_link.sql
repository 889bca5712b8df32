-- The personal link (docs/patient-door.md): the SHA-256 of the lead's random token, never the token itself.
ALTER TABLE leads
    ADD COLUMN access_token_sha256 CHAR(64) NULL,
    ADD CONSTRAINT uq_lead_access_token UNIQUE (access_token_sha256);
