-- Client authorization codes (T7) and the login log (B4).
-- client_code keeps only a PBKDF2 hash of each code, plus "hint": 4 hex digits of the code's
-- SHA-256 (16 of its 75 bits), so a login checks the one candidate with that hint instead of
-- paying the slow hash for every code the user has.
-- login_log has one row per login attempt on any protocol; account_id and domain_id are set when
-- the login named an existing account or hosted domain, and scope what administrators may read.

ALTER TABLE account ADD COLUMN require_client_codes BOOLEAN DEFAULT FALSE NOT NULL;

CREATE SEQUENCE client_code_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE client_code (
    id           BIGINT       NOT NULL PRIMARY KEY,
    account_id   BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    label        VARCHAR(100) NOT NULL,
    hint         VARCHAR(8)   NOT NULL,
    code_hash    VARCHAR(255) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_client_code_account ON client_code (account_id, hint);

CREATE SEQUENCE login_log_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE login_log (
    id              BIGINT       NOT NULL PRIMARY KEY,
    attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    domain_id       BIGINT       REFERENCES mail_domain (id) ON DELETE CASCADE,
    account_id      BIGINT       REFERENCES account (id) ON DELETE SET NULL,
    account_address VARCHAR(320),
    login           VARCHAR(320) NOT NULL,
    remote_address  VARCHAR(64),
    protocol        VARCHAR(8)   NOT NULL,
    result          VARCHAR(16)  NOT NULL,
    reason          VARCHAR(24)  NOT NULL
);
CREATE INDEX ix_login_log_time ON login_log (attempted_at);
CREATE INDEX ix_login_log_domain ON login_log (domain_id, attempted_at);
CREATE INDEX ix_login_log_account ON login_log (account_id, attempted_at);
CREATE INDEX ix_login_log_remote ON login_log (remote_address, attempted_at);
