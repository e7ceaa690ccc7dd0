-- Professionals sign in with their email address and a one-time code sent to it: no passwords.
-- An account is the person, across councils; their drafts and referrals belong to each council.
CREATE TABLE professional_account (
  id         uuid PRIMARY KEY,
  email      text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) <= 320),
  created_at timestamptz NOT NULL
);
COMMENT ON TABLE professional_account IS
  'Professionals who make referrals online (email only). Kept while they have referrals on record.';

CREATE TABLE professional_sign_in_code (
  id         uuid PRIMARY KEY,
  email      text NOT NULL,
  code_sha256 text NOT NULL,
  expires_at timestamptz NOT NULL,
  attempts   int NOT NULL DEFAULT 0,
  used_at    timestamptz
);
CREATE INDEX professional_sign_in_code_by_email ON professional_sign_in_code (email, expires_at);
COMMENT ON TABLE professional_sign_in_code IS
  'One-time sign-in codes (hash only), valid 15 minutes, 5 attempts. Deleted after a day.';

-- A professional's referral in progress, saved after every page so it can be finished later or
-- on another device.
CREATE TABLE professional_draft (
  authority_id uuid NOT NULL REFERENCES authority (id),
  id           uuid NOT NULL,
  account_id   uuid NOT NULL REFERENCES professional_account (id),
  answers      jsonb NOT NULL,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL,
  reference    text,
  PRIMARY KEY (authority_id, id)
);
COMMENT ON TABLE professional_draft IS
  'Referrals being written by professionals. Case data: row-level security by authority. Unsent '
  'drafts are deleted after 30 days without change.';
ALTER TABLE professional_draft ENABLE ROW LEVEL SECURITY;
ALTER TABLE professional_draft FORCE ROW LEVEL SECURITY;
CREATE POLICY professional_draft_by_authority ON professional_draft
  USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
  WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);

ALTER TABLE referral ADD COLUMN account_id uuid REFERENCES professional_account (id);
CREATE INDEX referral_by_account ON referral (authority_id, account_id, submitted_at DESC);
