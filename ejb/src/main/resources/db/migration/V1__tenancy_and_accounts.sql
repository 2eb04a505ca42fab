-- Tenancy and accounts (FEATURES A1, B1, B2, R1). Portable across H2 2.x and PostgreSQL:
-- sequences (not IDENTITY, which EclipseLink mishandles on H2 2.x), TIMESTAMP WITH TIME ZONE
-- holding UTC instants. Sequences step by 50 to match the entities' allocationSize and start at
-- 50 because EclipseLink and Hibernate both read a value as the top of a block of 50.

CREATE SEQUENCE mail_domain_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE department_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE provider_admin_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE mail_domain (
    id               BIGINT       NOT NULL PRIMARY KEY,
    name             VARCHAR(253) NOT NULL,
    display_name     VARCHAR(200),
    edition          VARCHAR(16)  NOT NULL,
    quota_bytes      BIGINT       NOT NULL,
    user_quota_bytes BIGINT       NOT NULL,
    max_users        INTEGER      NOT NULL,
    enabled          BOOLEAN      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INTEGER      NOT NULL,
    CONSTRAINT uq_mail_domain_name UNIQUE (name)
);

CREATE TABLE department (
    id         BIGINT       NOT NULL PRIMARY KEY,
    domain_id  BIGINT       NOT NULL REFERENCES mail_domain (id),
    parent_id  BIGINT       REFERENCES department (id),
    name       VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    INTEGER      NOT NULL
);
CREATE INDEX ix_department_domain ON department (domain_id, parent_id);

CREATE TABLE account (
    id            BIGINT       NOT NULL PRIMARY KEY,
    domain_id     BIGINT       NOT NULL REFERENCES mail_domain (id),
    local_part    VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    quota_bytes   BIGINT       NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    department_id BIGINT       REFERENCES department (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INTEGER      NOT NULL,
    CONSTRAINT uq_account_address UNIQUE (domain_id, local_part)
);
CREATE INDEX ix_account_department ON account (department_id);

CREATE TABLE provider_admin (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INTEGER      NOT NULL,
    CONSTRAINT uq_provider_admin_username UNIQUE (username)
);
