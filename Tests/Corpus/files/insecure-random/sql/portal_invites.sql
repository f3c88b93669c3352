-- Issue caregiver invitations for linked accounts.
UPDATE portal_invites
   SET invite_token = md5(random()::text || clock_timestamp()::text),
       expires_at   = now() + interval '7 days'
 WHERE accepted_at IS NULL;

UPDATE portal_invites
   SET invite_token = encode(gen_random_bytes(32), 'hex')
 WHERE invite_token IS NULL;

SELECT id, patient_id
  FROM portal_invites
 ORDER BY random()
 LIMIT 25;

CREATE INDEX IF NOT EXISTS portal_invites_token_idx
    ON portal_invites (invite_token);
