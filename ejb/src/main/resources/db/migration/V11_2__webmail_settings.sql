-- Webmail settings per user (FEATURES L1 basic, L2 display): page size (20 by default),
-- language, font and size, quoting the original on reply, Re/Fw or 回复/转发 prefixes, a
-- reply-to address, the quick-compose button and the size column. One row per user, created on
-- first change; a user without a row has the defaults.

CREATE TABLE webmail_settings (
    account_id         BIGINT       NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    page_size          INTEGER      DEFAULT 20 NOT NULL,
    language           VARCHAR(8),
    font_family        VARCHAR(16)  DEFAULT 'DEFAULT' NOT NULL,
    font_size          INTEGER      DEFAULT 14 NOT NULL,
    quote_original     BOOLEAN      DEFAULT TRUE NOT NULL,
    prefix_style       VARCHAR(8)   DEFAULT 'EN' NOT NULL,
    reply_to           VARCHAR(320),
    show_quick_compose BOOLEAN      DEFAULT TRUE NOT NULL,
    show_size_column   BOOLEAN      DEFAULT TRUE NOT NULL,
    version            INTEGER      DEFAULT 0 NOT NULL
);
