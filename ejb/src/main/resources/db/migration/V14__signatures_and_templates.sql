-- Signatures (FEATURES C6, L4): several per user, one of them the default put under new mail.
-- Templates (C7, O5): the user's own; the six built-in foreign-trade templates live in code.

CREATE SEQUENCE mail_signature_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE mail_signature (
    id         BIGINT        NOT NULL PRIMARY KEY,
    account_id BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name       VARCHAR(100)  NOT NULL,
    html       VARCHAR(20000) NOT NULL,
    is_default BOOLEAN       NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    INTEGER       DEFAULT 0 NOT NULL
);
CREATE INDEX ix_mail_signature_account ON mail_signature (account_id);

CREATE SEQUENCE mail_template_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE mail_template (
    id         BIGINT        NOT NULL PRIMARY KEY,
    account_id BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name       VARCHAR(100)  NOT NULL,
    subject    VARCHAR(998)  NOT NULL,
    html       VARCHAR(100000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    INTEGER       DEFAULT 0 NOT NULL
);
CREATE INDEX ix_mail_template_account ON mail_template (account_id);
