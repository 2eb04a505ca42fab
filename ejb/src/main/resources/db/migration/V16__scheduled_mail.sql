-- Scheduled send (FEATURES C4): a message checked and written when the user schedules it, kept
-- here (its MIME in the blob store) until it is due; workers on any node claim due rows with
-- FOR UPDATE SKIP LOCKED and pass them to the submission path.

CREATE SEQUENCE scheduled_mail_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE scheduled_mail (
    id             BIGINT        NOT NULL PRIMARY KEY,
    account_id     BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    login          VARCHAR(320)  NOT NULL,
    send_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    time_zone      VARCHAR(64)   NOT NULL,
    envelope_from  VARCHAR(320)  NOT NULL,
    recipients     VARCHAR(20000) NOT NULL,
    subject        VARCHAR(998)  NOT NULL,
    blob_id        VARCHAR(64)   NOT NULL,
    draft_blob_id  VARCHAR(64)   NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    failure        VARCHAR(1000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        INTEGER       DEFAULT 0 NOT NULL
);
CREATE INDEX ix_scheduled_mail_due ON scheduled_mail (state, send_at);
CREATE INDEX ix_scheduled_mail_account ON scheduled_mail (account_id);
