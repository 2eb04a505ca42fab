-- The outbound queue and delivery status (FEATURES T3, O3): one row per recipient of a message
-- sent by a hosted account (blob_id is empty for hosted recipients, whose copy is in the
-- mailbox). Remote recipients wait in QUEUED/DEFERRED until a worker claims them
-- (claimed_by + lease_until, so no lock is held while talking SMTP); hosted recipients are
-- recorded as DELIVERED_TO_MAILBOX. The raw message is the blob (content-addressed).

CREATE SEQUENCE outbound_delivery_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbound_delivery (
    id                BIGINT        NOT NULL PRIMARY KEY,
    accept_id         VARCHAR(64)   NOT NULL,
    sender_account_id BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    reverse_path      VARCHAR(320)  NOT NULL,
    recipient         VARCHAR(320)  NOT NULL,
    recipient_domain  VARCHAR(255)  NOT NULL,
    blob_id           CHAR(64),
    size_bytes        BIGINT        NOT NULL,
    status            VARCHAR(24)   NOT NULL,
    attempts          INTEGER       NOT NULL,
    queued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at   TIMESTAMP WITH TIME ZONE,
    claimed_by        VARCHAR(100),
    lease_until       TIMESTAMP WITH TIME ZONE,
    remote_host       VARCHAR(255),
    reply             VARCHAR(1000),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           INTEGER       NOT NULL
);
-- Workers look for due work; only QUEUED and DEFERRED rows have a next_attempt_at.
CREATE INDEX ix_outbound_due ON outbound_delivery (next_attempt_at);
CREATE INDEX ix_outbound_sender ON outbound_delivery (sender_account_id, accept_id);
