-- An allegation against an adult who works with children, for the council's LADO. Opened from
-- each LADO concern submitted; its management (to outcome) is built with the LADO module.
CREATE TABLE lado_allegation (
  authority_id uuid NOT NULL REFERENCES authority (id),
  id           uuid NOT NULL,
  referral_id  uuid NOT NULL,
  reference    text NOT NULL,
  received_at  timestamptz NOT NULL,
  status       text NOT NULL CHECK (status IN ('NEW')),
  PRIMARY KEY (authority_id, id),
  UNIQUE (authority_id, referral_id)
);
COMMENT ON TABLE lado_allegation IS
  'Allegations against adults who work with children. Case data: row-level security by authority.';
ALTER TABLE lado_allegation ENABLE ROW LEVEL SECURITY;
ALTER TABLE lado_allegation FORCE ROW LEVEL SECURITY;
CREATE POLICY lado_allegation_by_authority ON lado_allegation
  USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
  WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
