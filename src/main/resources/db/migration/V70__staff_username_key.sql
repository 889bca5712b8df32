-- Issue 15: user names are compared in one normal form (cn.whuh.portal.staff.UserNames: NFKC, no invisible
-- characters, case-folded) under a binary collation, so the database no longer treats 'ädmin', full-width
-- 'ａdmin' or 'admin' + U+200B as 'admin'. Existing names were created as ASCII ([A-Za-z0-9._-]); LOWER() is
-- their key, and the portal recomputes any other key at start (StaffUsers.normaliseKeys).
ALTER TABLE staff_user ADD COLUMN username_key VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL AFTER username;
UPDATE staff_user SET username_key = LOWER(TRIM(username));
ALTER TABLE staff_user
    MODIFY username_key VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    DROP INDEX uq_staff_user_username,
    ADD CONSTRAINT uq_staff_user_username_key UNIQUE (username_key);

-- Issue 13 item 2: lockouts in a row grow (lockout x 2^(n-1)); the count is kept until a day without failures,
-- a successful sign-in or an ADMIN's unlock.
ALTER TABLE login_throttle ADD COLUMN lockouts INT NOT NULL DEFAULT 0 AFTER failures;
