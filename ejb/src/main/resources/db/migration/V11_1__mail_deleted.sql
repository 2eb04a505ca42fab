-- Restore (FEATURES K3): mail removed from the mailbox by emptying Deleted or Spam stays
-- restorable for 14 days. Each row keeps what re-appending needs (blob, flags, keywords, date)
-- and what the restore page shows. DeletedMailPurgeJob removes rows past 14 days and then the
-- blobs no message and no other row refers to.

CREATE SEQUENCE mail_deleted_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE mail_deleted (
    id            BIGINT        NOT NULL PRIMARY KEY,
    account_id    BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    blob_id       CHAR(64)      NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    folder_path   VARCHAR(1024) NOT NULL,
    subject       VARCHAR(998),
    from_address  VARCHAR(320),
    flags         INTEGER       NOT NULL,
    keywords      VARCHAR(1000),
    internal_date TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_mail_deleted_account ON mail_deleted (account_id, deleted_at DESC);
CREATE INDEX ix_mail_deleted_at ON mail_deleted (deleted_at);
CREATE INDEX ix_mail_deleted_blob ON mail_deleted (blob_id);
