-- settings: what an ADMIN changed at runtime on /staff/settings. A missing row or a NULL value means "the
-- environment's default" (application.properties / PORTAL_*); reset writes NULL. version: optimistic locking.
CREATE TABLE site_setting (
    setting_key   VARCHAR(50)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(500) NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
