-- A contact in a council's MASH queue, opened from each concern submitted. Triage, decisions and
-- deadlines are added to it as the MASH is built.
CREATE TABLE mash_contact (
  authority_id     uuid NOT NULL REFERENCES authority (id),
  id               uuid NOT NULL,
  referral_id      uuid NOT NULL,
  reference        text NOT NULL,
  channel          text NOT NULL,
  route            text NOT NULL,
  immediate_danger boolean NOT NULL,
  received_at      timestamptz NOT NULL,
  status           text NOT NULL CHECK (status IN ('NEW')),
  PRIMARY KEY (authority_id, id),
  UNIQUE (authority_id, referral_id)
);
COMMENT ON TABLE mash_contact IS
  'Contacts awaiting or under MASH triage. Case data: row-level security by authority.';

ALTER TABLE mash_contact ENABLE ROW LEVEL SECURITY;
ALTER TABLE mash_contact FORCE ROW LEVEL SECURITY;
CREATE POLICY mash_contact_by_authority ON mash_contact
  USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
  WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
