-- Rate limits shared by every portal instance on this database (docs/api.md#rate-limits): hits per limit, client
-- and fixed window. The client is kept only as a hash of its address, and rows are purged once their window is
-- over (RateLimits).
CREATE TABLE rate_limit_hits (
    limit_name   VARCHAR(20) NOT NULL,
    client_hash  BINARY(16)  NOT NULL,
    window_start DATETIME    NOT NULL,
    hits         INT         NOT NULL,
    PRIMARY KEY (limit_name, client_hash, window_start),
    INDEX idx_rate_limit_window (window_start)
) ENGINE = InnoDB;
