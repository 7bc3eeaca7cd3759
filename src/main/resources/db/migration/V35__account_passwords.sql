-- Second Look: account passwords on a shared server (issue 17). Portable SQL (H2 and PostgreSQL).
-- On the encrypted H2 file each account has a key slot in keyslots.json instead, and this table stays empty.
-- One row per account that may log in: an Argon2id hash of its password with the parameters and salt it
-- was made with (kdf 'argon2id-hash'), or a key slot moved from an office's H2 file by migrate-store
-- (kdf 'argon2id': the password is right when it unwraps the slot), and the failed logins since the last
-- successful one (written into the audit trail then). A disabled account has no row.
CREATE TABLE account_password (
    account          VARCHAR(64)   NOT NULL PRIMARY KEY,
    kdf              VARCHAR(16)   NOT NULL,
    memory_kib       INTEGER       NOT NULL,
    iterations       INTEGER       NOT NULL,
    parallelism      INTEGER       NOT NULL,
    salt             VARCHAR(64)   NOT NULL,
    nonce            VARCHAR(64),
    secret           VARCHAR(200)  NOT NULL,
    failed_logins    INTEGER       NOT NULL,
    last_failure_at  VARCHAR(40)
);
