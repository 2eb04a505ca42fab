-- Read receipts received (FEATURES C5, sender side): an MDN (RFC 8098) delivered to a user whose
-- Original-Message-ID matches a message in his Sent folder; the reading pane of that message shows
-- who displayed it and when.

CREATE SEQUENCE received_receipt_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE received_receipt (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    account_id          BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    original_message_id VARCHAR(998)  NOT NULL,
    reporter            VARCHAR(320)  NOT NULL,
    disposition         VARCHAR(64)   NOT NULL,
    reported_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_received_receipt_message ON received_receipt (account_id, original_message_id);
