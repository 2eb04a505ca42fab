-- Folder passwords (FEATURES N1, manual: the seven folders Inbox, Drafts, Sent, Deleted, Spam,
-- My folders and Other mailboxes can each get a password asked before the folder opens in the
-- webmail). Every attempt to open a protected folder is logged.

CREATE SEQUENCE folder_password_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE folder_password (
    id            BIGINT       NOT NULL PRIMARY KEY,
    account_id    BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    scope         VARCHAR(16)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    CONSTRAINT uq_folder_password UNIQUE (account_id, scope)
);

CREATE SEQUENCE folder_unlock_attempt_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE folder_unlock_attempt (
    id           BIGINT       NOT NULL PRIMARY KEY,
    account_id   BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    scope        VARCHAR(16)  NOT NULL,
    folder_path  VARCHAR(1024) NOT NULL,
    succeeded    BOOLEAN      NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_folder_unlock_attempt ON folder_unlock_attempt (account_id, attempted_at DESC);
