-- The date from which the pre-screen said the person may qualify (diagnosis too recent, a wash-out window):
-- the latest of the evaluation's per-criterion re-check dates, kept beside the JSON so that the lead page and the
-- re-check invitation can find due leads without reading every evaluation.
ALTER TABLE leads ADD COLUMN recheck_from DATE NULL;
CREATE INDEX idx_lead_recheck_from ON leads (recheck_from);
