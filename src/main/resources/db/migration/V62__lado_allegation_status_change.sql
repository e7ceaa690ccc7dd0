-- Every change of a LADO allegation's status: who, when, from, to, by which command and why
-- (ADR 0013). An allegation arrives NEW; the LADO's moves (issue 17) add rows to the workflow's
-- table in AllegationStatus, and their states to the checks here. Written, never rewritten.
CREATE TABLE lado_allegation_status_change (
  authority_id  uuid NOT NULL,
  allegation_id uuid NOT NULL,
  seq           integer NOT NULL,
  at            timestamptz NOT NULL,
  from_status   text,
  to_status     text NOT NULL,
  command       text CHECK (length(command) <= 100),
  actor_id      uuid NOT NULL,
  actor_name    text NOT NULL CHECK (length(actor_name) <= 200),
  reason        text NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
  PRIMARY KEY (authority_id, allegation_id, seq),
  FOREIGN KEY (authority_id, allegation_id) REFERENCES lado_allegation (authority_id, id),
  -- Only the arrival has no command.
  CHECK ((from_status IS NULL) = (command IS NULL))
);
COMMENT ON TABLE lado_allegation_status_change IS
  'Status history of LADO allegations. Case data: row-level security by authority. Kept as long as the allegation.';

ALTER TABLE lado_allegation_status_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE lado_allegation_status_change FORCE ROW LEVEL SECURITY;
CREATE POLICY lado_allegation_status_change_by_authority ON lado_allegation_status_change
  USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
  WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);

-- Allegations opened before history was kept start theirs at their arrival (all are still NEW).
INSERT INTO lado_allegation_status_change (authority_id, allegation_id, seq, at, from_status, to_status,
    command, actor_id, actor_name, reason)
SELECT authority_id, id, 1, received_at, NULL, status, NULL, '00000000-0000-0000-0000-000000000000',
       'Front Door', 'Received'
FROM lado_allegation;

-- History is written, never rewritten.
REVOKE UPDATE, DELETE, TRUNCATE ON lado_allegation_status_change FROM ${app_role};
