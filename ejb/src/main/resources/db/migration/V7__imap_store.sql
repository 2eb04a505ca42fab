-- What IMAP needs from the store (issue 4): expunge tombstones for CONDSTORE/QRESYNC (VANISHED,
-- CHANGEDSINCE), folder subscriptions (LSUB), \Noselect hierarchy nodes, the keywords a folder
-- has seen (FLAGS), a per-account UIDVALIDITY high-water mark (a folder recreated or renamed under
-- a name always gets a greater one, RFC 3501 §2.3.1.1), and an index for changes since a MODSEQ.

ALTER TABLE mail_folder ADD COLUMN subscribed BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE mail_folder ADD COLUMN keywords VARCHAR(2000);
-- A folder deleted while it has children stays as a \Noselect hierarchy node (RFC 3501 §6.3.4).
ALTER TABLE mail_folder ADD COLUMN noselect BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE mail_expunged (
    folder_id BIGINT NOT NULL REFERENCES mail_folder (id) ON DELETE CASCADE,
    uid       BIGINT NOT NULL,
    modseq    BIGINT NOT NULL,
    CONSTRAINT pk_mail_expunged PRIMARY KEY (folder_id, uid)
);
CREATE INDEX ix_mail_expunged_modseq ON mail_expunged (folder_id, modseq);

CREATE TABLE mail_uid_validity (
    account_id BIGINT NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    last_value BIGINT NOT NULL
);

-- UID ranges use uq_mail_message_uid (folder_id, uid); flag changes since a MODSEQ use this one.
CREATE INDEX ix_mail_message_modseq ON mail_message (folder_id, modseq);
