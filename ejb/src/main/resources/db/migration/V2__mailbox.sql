-- The message store (FEATURES D4, D6, T8): folders per account with the IMAP bookkeeping
-- (UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ) and messages whose raw bytes live in the blob store,
-- referenced by content hash. Counters on the folder keep "unread" and quota reads O(1);
-- the list index serves keyset paging newest first on folders of 100,000 messages.

CREATE SEQUENCE mail_folder_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE mail_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE mail_folder (
    id             BIGINT        NOT NULL PRIMARY KEY,
    account_id     BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    parent_id      BIGINT        REFERENCES mail_folder (id) ON DELETE CASCADE,
    name           VARCHAR(200)  NOT NULL,
    path           VARCHAR(1024) NOT NULL,
    special_use    VARCHAR(16),
    uid_validity   BIGINT        NOT NULL,
    uid_next       BIGINT        NOT NULL,
    highest_modseq BIGINT        NOT NULL,
    message_count  INTEGER       NOT NULL,
    unseen_count   INTEGER       NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        INTEGER       NOT NULL,
    CONSTRAINT uq_mail_folder_path UNIQUE (account_id, path)
);

CREATE TABLE mail_message (
    id              BIGINT        NOT NULL PRIMARY KEY,
    folder_id       BIGINT        NOT NULL REFERENCES mail_folder (id) ON DELETE CASCADE,
    uid             BIGINT        NOT NULL,
    modseq          BIGINT        NOT NULL,
    flags           INTEGER       NOT NULL,
    keywords        VARCHAR(1000),
    internal_date   TIMESTAMP WITH TIME ZONE NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    blob_id         CHAR(64)      NOT NULL,
    subject         VARCHAR(998),
    from_address    VARCHAR(320),
    from_name       VARCHAR(200),
    to_addresses    VARCHAR(2000),
    sent_date       TIMESTAMP WITH TIME ZONE,
    message_id      VARCHAR(998),
    has_attachments BOOLEAN       NOT NULL,
    CONSTRAINT uq_mail_message_uid UNIQUE (folder_id, uid)
);
CREATE INDEX ix_mail_message_list ON mail_message (folder_id, internal_date, id);
CREATE INDEX ix_mail_message_blob ON mail_message (blob_id);
