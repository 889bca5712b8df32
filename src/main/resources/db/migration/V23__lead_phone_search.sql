-- Staff queue phone search (issue 5). Phones are stored in E.164 (+8613800138000). What recruiters type is the
-- number's start (found as a prefix on idx_lead_phone) or its end: the last four digits, or the whole number
-- without its country code. The end of a number is the start of the reversed number, so a generated column
-- holding the reversed phone turns that search into an index range scan too, instead of LIKE '%…%' over every
-- lead.
ALTER TABLE leads
    ADD COLUMN phone_reversed VARCHAR(20) AS (REVERSE(phone)) PERSISTENT,
    ADD INDEX idx_lead_phone_reversed (phone_reversed);
