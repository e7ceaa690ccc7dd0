-- The MASH queue: each contact's urgency (RAG), when its one-working-day clock started (the next
-- opening of the council's office for a contact that arrived out of hours), when the decision is
-- due, and who is working on it.
ALTER TABLE mash_contact ADD COLUMN rag text CHECK (rag IN ('RED', 'AMBER', 'GREEN'));
ALTER TABLE mash_contact ADD COLUMN clock_started_at timestamptz;
ALTER TABLE mash_contact ADD COLUMN decision_due_at timestamptz;
ALTER TABLE mash_contact ADD COLUMN assigned_to uuid;
ALTER TABLE mash_contact ADD COLUMN assigned_name text CHECK (length(assigned_name) <= 200);
UPDATE mash_contact SET clock_started_at = received_at, decision_due_at = received_at + interval '1 day'
  WHERE clock_started_at IS NULL;
ALTER TABLE mash_contact ALTER COLUMN clock_started_at SET NOT NULL;
ALTER TABLE mash_contact ALTER COLUMN decision_due_at SET NOT NULL;
ALTER TABLE mash_contact DROP CONSTRAINT mash_contact_status_check;
ALTER TABLE mash_contact ADD CONSTRAINT mash_contact_status_check CHECK (status IN ('NEW', 'IN_TRIAGE'));
CREATE INDEX mash_contact_queue ON mash_contact (authority_id, status, decision_due_at);

-- Who saw or changed which record, when and why. Append-only: the application may insert and
-- read, never update or delete, and each council's entries form a hash chain (each entry's hash
-- covers the previous entry's hash) so that a changed or removed entry is detectable.
CREATE TABLE audit_event (
  authority_id  uuid NOT NULL REFERENCES authority (id),
  seq           bigint NOT NULL,
  at            timestamptz NOT NULL,
  actor_id      uuid NOT NULL,
  actor_name    text NOT NULL CHECK (length(actor_name) <= 200),
  action        text NOT NULL CHECK (length(action) <= 100),
  subject_type  text NOT NULL CHECK (length(subject_type) <= 100),
  subject_id    text NOT NULL CHECK (length(subject_id) <= 200),
  detail        text NOT NULL DEFAULT '' CHECK (length(detail) <= 2000),
  previous_hash text NOT NULL,
  hash          text NOT NULL,
  PRIMARY KEY (authority_id, seq)
);
CREATE INDEX audit_event_subject ON audit_event (authority_id, subject_type, subject_id);
COMMENT ON TABLE audit_event IS
  'Audit log of views and changes of case records. Append-only, hash-chained per council; '
  'row-level security by authority. Kept as long as the records it describes.';

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_event_by_authority ON audit_event
  USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
  WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);

REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${app_role};

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit log is append-only';
END;
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
