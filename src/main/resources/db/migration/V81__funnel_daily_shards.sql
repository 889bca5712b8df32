-- Each count of the funnel is spread over up to 16 rows (shard 0-15, picked at random for each increment), so that
-- lead submissions, which count inside the transaction that stores the lead, do not queue for one row's lock
-- until the other's commit; reading sums the shards. The rows so far become shard 0.
ALTER TABLE funnel_daily
    ADD COLUMN shard TINYINT UNSIGNED NOT NULL DEFAULT 0 AFTER source,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (day, nct_id, step, outcome, source, shard);
