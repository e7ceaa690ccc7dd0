-- Visits to a child on a casework episode (issue 15): planned for a date, then recorded as done
-- (when, who was seen, whether the child was seen and seen alone, what was observed) or cancelled
-- with a reason. A visit recorded without being planned arrives planned and is recorded at once.
-- Its status moves by VisitStatus.WORKFLOW, each move in casework_visit_status_change (ADR 0013).
CREATE TABLE casework_visit (
  authority_id  uuid NOT NULL,
  id            uuid NOT NULL,
  episode_id    uuid NOT NULL,
  status        text NOT NULL CHECK (status IN ('PLANNED', 'DONE', 'CANCELLED')),
  planned_on    date NOT NULL,
  done_on       date,
  who_seen      text CHECK (length(who_seen) BETWEEN 1 AND 2000),
  child_seen    boolean,
  seen_alone    boolean,
  observed      text CHECK (length(observed) BETWEEN 1 AND 10000),
  cancel_reason text CHECK (length(cancel_reason) BETWEEN 1 AND 2000),
  planned_by_id   uuid NOT NULL,
  planned_by_name text NOT NULL CHECK (length(planned_by_name) <= 200),
  created_at    timestamptz NOT NULL,
  PRIMARY KEY (authority_id, id),
  FOREIGN KEY (authority_id, episode_id) REFERENCES casework_episode (authority_id, id),
  -- A child not seen was not seen alone; what a done visit found is all there or none of it
  -- (ADR 0013: the move comes first, the columns follow in the same transaction).
  CHECK (seen_alone IS NULL OR child_seen IS NOT NULL),
  CHECK (NOT coalesce(seen_alone, false) OR child_seen),
  CHECK ((done_on IS NULL) = (who_seen IS NULL) AND (done_on IS NULL) = (child_seen IS NULL)
         AND (done_on IS NULL) = (observed IS NULL))
);
CREATE INDEX casework_visit_episode ON casework_visit (authority_id, episode_id, status, done_on);
COMMENT ON TABLE casework_visit IS
  'Visits to children on casework episodes. Case data: row-level security by authority. Kept as long as the episode.';

CREATE TABLE casework_visit_status_change (
  authority_id uuid NOT NULL,
  visit_id     uuid NOT NULL,
  seq          integer NOT NULL,
  at           timestamptz NOT NULL,
  from_status  text CHECK (from_status IN ('PLANNED', 'DONE', 'CANCELLED')),
  to_status    text NOT NULL CHECK (to_status IN ('PLANNED', 'DONE', 'CANCELLED')),
  command      text CHECK (length(command) <= 100),
  actor_id     uuid NOT NULL,
  actor_name   text NOT NULL CHECK (length(actor_name) <= 200),
  reason       text NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
  PRIMARY KEY (authority_id, visit_id, seq),
  FOREIGN KEY (authority_id, visit_id) REFERENCES casework_visit (authority_id, id),
  CHECK ((from_status IS NULL) = (command IS NULL))
);
COMMENT ON TABLE casework_visit_status_change IS
  'Status history of visits. Case data: row-level security by authority. Kept as long as the episode.';

SELECT isolate_by_authority('casework_visit', 'casework_visit_status_change');

REVOKE UPDATE, DELETE, TRUNCATE ON casework_visit_status_change FROM ${app_role};
