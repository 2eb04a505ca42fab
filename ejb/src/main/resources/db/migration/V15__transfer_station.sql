-- Transfer station (FEATURES D5): a user's large files, kept 15 days, shared by a random link.
-- The bytes live under transfer/<account>/<id> of the data directory; received grows chunk by
-- chunk until it equals size.

CREATE SEQUENCE transfer_file_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE transfer_file (
    id           BIGINT        NOT NULL PRIMARY KEY,
    account_id   BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token        VARCHAR(64)   NOT NULL UNIQUE,
    name         VARCHAR(255)  NOT NULL,
    content_type VARCHAR(255)  NOT NULL,
    size         BIGINT        NOT NULL,
    received     BIGINT        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      INTEGER       DEFAULT 0 NOT NULL
);
CREATE INDEX ix_transfer_file_account ON transfer_file (account_id);
CREATE INDEX ix_transfer_file_expires ON transfer_file (expires_at);
