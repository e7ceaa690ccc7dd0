-- Every concern received, online, from a partner system or by phone. A row is committed before the
-- person is told "received"; the same idempotency key never makes a second row.
CREATE TABLE referral (
  authority_id    uuid NOT NULL REFERENCES authority (id),
  id              uuid NOT NULL,
  reference       text NOT NULL CHECK (reference ~ '^[ACDEFHJKMNPRTUVWXY3479]{4}-[ACDEFHJKMNPRTUVWXY3479]{4}$'),
  channel         text NOT NULL CHECK (channel IN ('ONLINE', 'API', 'PHONE')),
  route           text NOT NULL CHECK (route IN ('MEMBER_OF_PUBLIC', 'CHILD', 'PARENT_CARER', 'PROFESSIONAL', 'LADO')),
  referral_type   text CHECK (referral_type IN ('SAFEGUARDING', 'EARLY_HELP')),
  status          text NOT NULL CHECK (status IN ('RECEIVED', 'IN_TRIAGE', 'DECIDED', 'CLOSED')),
  submitted_at    timestamptz NOT NULL,
  immediate_danger boolean NOT NULL,
  anonymous       boolean NOT NULL,
  reporter_email  text CHECK (length(reporter_email) <= 320),
  partner_id      uuid,
  idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 300),
  document        jsonb NOT NULL CHECK (jsonb_typeof(document) = 'object'),
  PRIMARY KEY (authority_id, id),
  UNIQUE (authority_id, reference),
  UNIQUE (authority_id, idempotency_key),
  CHECK (NOT anonymous OR reporter_email IS NULL)
);
COMMENT ON TABLE referral IS
  'Concerns about children as submitted (document: the answers, JSON). Case data: row-level '
  'security by authority. Kept as part of the child''s record (see retention in the README).';

ALTER TABLE referral ENABLE ROW LEVEL SECURITY;
ALTER TABLE referral FORCE ROW LEVEL SECURITY;
CREATE POLICY referral_by_authority ON referral
  USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
  WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);

-- Keys for partner organisations' systems (police, health, schools) to send referrals by API.
-- Only a SHA-256 hash of each key is stored. Looked up before the council is known, so not under
-- row-level security; it holds no case data.
CREATE TABLE partner_api_key (
  id           uuid PRIMARY KEY,
  authority_id uuid NOT NULL REFERENCES authority (id),
  organisation text NOT NULL CHECK (length(organisation) BETWEEN 1 AND 200),
  key_sha256   text NOT NULL UNIQUE CHECK (key_sha256 ~ '^[0-9a-f]{64}$'),
  created_at   timestamptz NOT NULL DEFAULT now(),
  revoked_at   timestamptz
);
COMMENT ON TABLE partner_api_key IS
  'API keys issued by a council''s administrator to a partner organisation; hash only.';
