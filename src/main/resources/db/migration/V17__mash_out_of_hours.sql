-- The Emergency Duty Team works on contacts that arrive while the council's office is closed and
-- records what it did; at the next opening the contact is handed over to the MASH, whose
-- one-working-day clock starts then (ADR 0007).
ALTER TABLE mash_contact ADD COLUMN handed_over_at timestamptz;

CREATE TABLE edt_action (
  authority_id uuid NOT NULL,
  contact_id   uuid NOT NULL,
  seq          integer NOT NULL,
  at           timestamptz NOT NULL,
  actor_id     uuid NOT NULL,
  actor_name   text NOT NULL CHECK (length(actor_name) <= 200),
  action       text NOT NULL CHECK (length(action) BETWEEN 1 AND 5000),
  PRIMARY KEY (authority_id, contact_id, seq),
  FOREIGN KEY (authority_id, contact_id) REFERENCES mash_contact (authority_id, id)
);
COMMENT ON TABLE edt_action IS
  'What the Emergency Duty Team did on an out-of-hours contact. Case data: row-level security by authority.';
ALTER TABLE edt_action ENABLE ROW LEVEL SECURITY;
ALTER TABLE edt_action FORCE ROW LEVEL SECURITY;
CREATE POLICY edt_action_by_authority ON edt_action
  USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
  WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
REVOKE UPDATE, DELETE, TRUNCATE ON edt_action FROM ${app_role};
CREATE INDEX mash_contact_out_of_hours ON mash_contact (authority_id, clock_started_at)
  WHERE handed_over_at IS NULL AND clock_started_at > received_at;
