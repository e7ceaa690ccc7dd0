CREATE EXTENSION IF NOT EXISTS pgcrypto;

-- Council staff who sign in to work on contacts. Each belongs to one council and one agency and
-- holds roles. Passwords are stored as bcrypt hashes only. (Second factor and lock-out come with
-- the MASH.)
CREATE TABLE staff_user (
  id            uuid PRIMARY KEY,
  authority_id  uuid NOT NULL REFERENCES authority (id),
  username      text NOT NULL UNIQUE CHECK (username = lower(username) AND length(username) <= 200),
  display_name  text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  agency        text NOT NULL CHECK (agency IN ('SOCIAL_CARE', 'POLICE', 'HEALTH', 'EDUCATION', 'PROBATION')),
  roles         text[] NOT NULL,
  password_hash text NOT NULL,
  enabled       boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE staff_user IS
  'Staff accounts. Not case data; read at sign-in before a council is bound, so not under '
  'row-level security. Kept while the person works for the council.';

-- A written referral that follows a phone call is linked to the phone contact it follows.
ALTER TABLE referral ADD COLUMN follows_referral_id uuid;
ALTER TABLE referral ADD COLUMN written_referral_due boolean NOT NULL DEFAULT false;
