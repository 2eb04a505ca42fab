-- Webmail (issue 5): list orders and trusted senders.
-- Every order of the message list is a keyset over an index of its own, so a page of a folder of
-- 100,000 reads its rows and nothing else: date ascending (descending is ix_mail_message_list),
-- sender, size, and the subject's first 100 characters (subject_sort; a whole subject of 998 CJK
-- characters would not fit a PostgreSQL B-tree entry). H2 cannot read an index backwards, hence
-- an ascending and a descending index each.
ALTER TABLE mail_message ADD COLUMN subject_sort VARCHAR(100);
UPDATE mail_message SET subject_sort = LEFT(subject, 100) WHERE subject IS NOT NULL;
CREATE INDEX ix_mail_message_date_asc ON mail_message (folder_id, internal_date, id);
CREATE INDEX ix_mail_message_subject ON mail_message (folder_id, subject_sort, id);
CREATE INDEX ix_mail_message_subject_desc ON mail_message (folder_id, subject_sort DESC, id DESC);
CREATE INDEX ix_mail_message_sender ON mail_message (folder_id, from_address, id);
CREATE INDEX ix_mail_message_sender_desc ON mail_message (folder_id, from_address DESC, id DESC);
CREATE INDEX ix_mail_message_size ON mail_message (folder_id, size_bytes, id);
CREATE INDEX ix_mail_message_size_desc ON mail_message (folder_id, size_bytes DESC, id DESC);

-- Senders whose remote images a user always wants shown ("show remote images"
-- per sender). Remote images stay blocked for everyone else. One row per user and address, the
-- address in lower case.

CREATE TABLE mail_trusted_sender (
    account_id BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    address    VARCHAR(320) NOT NULL,
    PRIMARY KEY (account_id, address)
);
