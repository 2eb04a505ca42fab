-- Aliases (R1), the log of accepted messages, and the Sent-copy setting (L5).
-- accepted_message has one row per message answered with 250 on any SMTP listener: the
-- commit journal replays by its id (exactly once), and submission rate limits count it.

CREATE SEQUENCE mail_alias_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE mail_alias (
    id          BIGINT      NOT NULL PRIMARY KEY,
    domain_id   BIGINT      NOT NULL REFERENCES mail_domain (id) ON DELETE CASCADE,
    local_part  VARCHAR(64) NOT NULL,
    account_id  BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INTEGER     NOT NULL,
    CONSTRAINT uq_mail_alias_address UNIQUE (domain_id, local_part)
);
CREATE INDEX ix_mail_alias_account ON mail_alias (account_id);

CREATE TABLE accepted_message (
    id          VARCHAR(32) NOT NULL PRIMARY KEY,
    listener    VARCHAR(16) NOT NULL,
    account_id  BIGINT      REFERENCES account (id) ON DELETE SET NULL,
    recipients  INTEGER     NOT NULL,
    size_bytes  BIGINT      NOT NULL,
    accepted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_accepted_message_account ON accepted_message (account_id, accepted_at);
CREATE INDEX ix_accepted_message_time ON accepted_message (accepted_at);

ALTER TABLE account ADD COLUMN save_sent BOOLEAN DEFAULT TRUE NOT NULL;
