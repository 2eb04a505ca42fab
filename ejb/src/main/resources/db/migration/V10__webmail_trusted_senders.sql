-- Webmail (issue 5): senders whose remote images a user always wants shown ("show remote images"
-- per sender). Remote images stay blocked for everyone else. One row per user and address, the
-- address in lower case.

CREATE TABLE mail_trusted_sender (
    account_id BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    address    VARCHAR(320) NOT NULL,
    PRIMARY KEY (account_id, address)
);
