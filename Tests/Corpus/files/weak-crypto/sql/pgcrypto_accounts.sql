CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE kiosk_accounts (
    id            SERIAL PRIMARY KEY,
    badge_id      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL
);

INSERT INTO kiosk_accounts (badge_id, password_hash)
VALUES ('K-1001', crypt('TempKiosk#1', gen_salt('md5')));

INSERT INTO kiosk_accounts (badge_id, password_hash)
VALUES ('K-1002', crypt('TempKiosk#2', gen_salt('bf', 12)));

UPDATE kiosk_accounts SET password_hash = encode(digest(password_hash, 'sha1'), 'hex') WHERE id < 10;

SELECT badge_id, encode(digest(badge_id, 'sha256'), 'hex') AS badge_fingerprint
  FROM kiosk_accounts
 ORDER BY id DESC;
