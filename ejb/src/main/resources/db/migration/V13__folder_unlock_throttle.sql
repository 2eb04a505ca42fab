-- Folder passwords are throttled like logins (FEATURES N1): each attempt records its outcome,
-- OPENED, WRONG, LOCKED (the wrong password that locked the folder) or REFUSED (tried while
-- locked; the password was not checked). Earlier rows get OPENED or WRONG from "succeeded".

ALTER TABLE folder_unlock_attempt ADD COLUMN outcome VARCHAR(8);
UPDATE folder_unlock_attempt SET outcome = CASE WHEN succeeded THEN 'OPENED' ELSE 'WRONG' END;
ALTER TABLE folder_unlock_attempt ALTER COLUMN outcome SET NOT NULL;
CREATE INDEX ix_folder_unlock_attempt_scope
    ON folder_unlock_attempt (account_id, scope, attempted_at);
