-- Failed sign-ins per user name ("user:<name>") and per client ("client:<address>"), kept in the database so
-- that a lockout survives a restart and holds across several portal instances. Rows expire: a purge removes
-- those whose last failure and lockout are both over.
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(120) NOT NULL PRIMARY KEY,
    failures        INT          NOT NULL,
    last_failure_at DATETIME(6)  NOT NULL,
    locked_until    DATETIME(6)  NULL,
    INDEX idx_login_throttle_last (last_failure_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
