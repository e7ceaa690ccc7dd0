-- The status history of child protection conferences (ADR 0013), in the shape of the others: a
-- conference arrives SCHEDULED, and is HELD or CANCELLED by ConferenceStatus.WORKFLOW.
CREATE TABLE casework_conference_status_change (
  authority_id  uuid NOT NULL,
  conference_id uuid NOT NULL,
  seq           integer NOT NULL,
  at            timestamptz NOT NULL,
  from_status   text CHECK (from_status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
  to_status     text NOT NULL CHECK (to_status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
  command       text CHECK (length(command) <= 100),
  actor_id      uuid NOT NULL,
  actor_name    text NOT NULL CHECK (length(actor_name) <= 200),
  reason        text NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
  PRIMARY KEY (authority_id, conference_id, seq),
  FOREIGN KEY (authority_id, conference_id) REFERENCES casework_conference (authority_id, id),
  CHECK ((from_status IS NULL) = (command IS NULL))
);
COMMENT ON TABLE casework_conference_status_change IS
  'Status history of child protection conferences. Case data: row-level security by authority. Kept as long as the episodes.';

SELECT isolate_by_authority('casework_conference_status_change');

REVOKE UPDATE, DELETE, TRUNCATE ON casework_conference_status_change FROM ${app_role};
