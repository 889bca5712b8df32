-- A lead's messages lose recipient and bodies when its personal data is erased (docs/patient-door.md); unsent ones
-- become CANCELLED.
ALTER TABLE mail_message
    MODIFY recipient VARCHAR(254) NULL,
    MODIFY html_body LONGTEXT NULL,
    MODIFY text_body LONGTEXT NULL;
