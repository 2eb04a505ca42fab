-- DKIM signing keys (FEATURES T4, RFC 6376). One active key per domain; a rotation keeps the old
-- row inactive so a receiver still verifying mail signed before it can be answered by DNS until
-- the administrator removes the old TXT record. The private key is AES-GCM encrypted with the
-- data directory's master key (see KeyVault) and never leaves the ejb module.

CREATE SEQUENCE dkim_key_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE dkim_key (
    id          BIGINT        NOT NULL PRIMARY KEY,
    domain_id   BIGINT        NOT NULL REFERENCES mail_domain (id),
    selector    VARCHAR(63)   NOT NULL,
    public_key  VARCHAR(1024) NOT NULL,
    private_key VARCHAR(4096) NOT NULL,
    active      BOOLEAN       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INTEGER       NOT NULL,
    CONSTRAINT uq_dkim_key_selector UNIQUE (domain_id, selector)
);
CREATE INDEX ix_dkim_key_domain ON dkim_key (domain_id, active);
