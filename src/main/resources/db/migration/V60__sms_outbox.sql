-- notify: SMS share the mail outbox (docs/notify.md#sms). A row is a mail or an SMS (channel); an SMS keeps the
-- provider-neutral template name and its named parameters, resolved to the provider's template code when sent.
ALTER TABLE mail_message
    ADD COLUMN channel         VARCHAR(5)    NOT NULL DEFAULT 'MAIL' AFTER id,
    ADD COLUMN template        VARCHAR(30)   NULL AFTER subject,
    ADD COLUMN template_params VARCHAR(1000) NULL AFTER template,
    ADD INDEX idx_mail_channel_due (channel, status, next_attempt_at),
    DROP INDEX idx_mail_due;
