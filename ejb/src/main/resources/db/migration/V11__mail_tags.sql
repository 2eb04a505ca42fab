-- Tags (FEATURES D7): up to 20 per user, each with a name and a colour. A tag is an IMAP keyword
-- on the messages it marks (keyword: the name when it is a valid IMAP atom, else $Tag<id>), so
-- IMAP clients see tags as keywords and keywords they set with a tag's name show as that tag.

CREATE SEQUENCE mail_tag_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE mail_tag (
    id         BIGINT       NOT NULL PRIMARY KEY,
    account_id BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name       VARCHAR(40)  NOT NULL,
    colour     VARCHAR(7)   NOT NULL,
    keyword    VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    INTEGER      DEFAULT 0 NOT NULL,
    CONSTRAINT uq_mail_tag_keyword UNIQUE (account_id, keyword)
);
CREATE INDEX ix_mail_tag_account ON mail_tag (account_id);
