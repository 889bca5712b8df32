-- Pre-screening funnel per day (Asia/Shanghai), without any personal data: how many questionnaires were
-- started, completed (by outcome) and turned into leads, by source (utm_source, referring host or 'direct').
CREATE TABLE funnel_daily (
    day     DATE         NOT NULL,
    nct_id  VARCHAR(20)  NOT NULL,
    step    VARCHAR(20)  NOT NULL,
    outcome VARCHAR(20)  NOT NULL DEFAULT '',
    source  VARCHAR(100) NOT NULL,
    count   BIGINT       NOT NULL,
    PRIMARY KEY (day, nct_id, step, outcome, source)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
