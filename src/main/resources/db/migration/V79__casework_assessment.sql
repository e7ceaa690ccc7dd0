-- The child and family assessment (issue 15): one at a time on an episode, saved part-way as a
-- GOV.UK task list (start date, the child seen, the factors identified, the outcome), submitted by
-- the worker and authorised, or returned with a reason, by a team manager. A re-referral may start
-- another once the last is authorised. Its status moves by the workflow in AssessmentStatus (ADR
-- 0013), each move kept in casework_assessment_status_change.
CREATE TABLE casework_assessment (
  authority_id     uuid NOT NULL,
  id               uuid NOT NULL,
  episode_id       uuid NOT NULL,
  status           text NOT NULL CHECK (status IN ('IN_PROGRESS', 'SUBMITTED', 'AUTHORISED')),
  -- CIN census AssessmentActualStartDate (N00159): not before the referral date (rule 1103).
  start_date       date NOT NULL,
  -- The child seen: on a date, alone or not; or why they were not seen.
  child_seen       boolean,
  seen_date        date,
  seen_alone       boolean,
  not_seen_reason  text CHECK (length(not_seen_reason) <= 5000),
  -- CIN census AssessmentFactors (N00181), as codes; '21' (no factors identified) stands alone (rule 8869).
  factors          text[] NOT NULL DEFAULT '{}' CHECK (cardinality(factors) <= 60),
  outcome          text CHECK (outcome IN ('CIN_PLAN', 'EARLY_HELP', 'NO_FURTHER_ACTION')),
  -- The tasks the worker has marked as completed: 'seen', 'factors', 'outcome'.
  tasks_completed  text[] NOT NULL DEFAULT '{}',
  started_at       timestamptz NOT NULL,
  started_by_id    uuid NOT NULL,
  started_by_name  text NOT NULL CHECK (length(started_by_name) <= 200),
  submitted_at     timestamptz,
  submitted_by_id  uuid,
  submitted_by_name text CHECK (length(submitted_by_name) <= 200),
  -- CIN census AssessmentAuthorisationDate (N00160): the assessment's end.
  authorised_at    timestamptz,
  authorised_by_id uuid,
  authorised_by_name text CHECK (length(authorised_by_name) <= 200),
  -- Why a manager last returned it to the worker.
  returned_reason  text CHECK (length(returned_reason) <= 2000),
  PRIMARY KEY (authority_id, id),
  FOREIGN KEY (authority_id, episode_id) REFERENCES casework_episode (authority_id, id),
  CHECK (child_seen IS NOT FALSE OR (seen_date IS NULL AND seen_alone IS NULL)),
  CHECK (child_seen IS NOT TRUE OR not_seen_reason IS NULL),
  CHECK (NOT ('21' = ANY (factors)) OR cardinality(factors) = 1)
);
-- One assessment not yet authorised per episode.
CREATE UNIQUE INDEX casework_assessment_one_open ON casework_assessment (authority_id, episode_id) WHERE status <> 'AUTHORISED';
CREATE INDEX casework_assessment_episode ON casework_assessment (authority_id, episode_id);
COMMENT ON TABLE casework_assessment IS
  'Child and family assessments on casework episodes. Case data: row-level security by authority. Kept as long as the episode.';

CREATE TABLE casework_assessment_status_change (
  authority_id  uuid NOT NULL,
  assessment_id uuid NOT NULL,
  seq           integer NOT NULL,
  at            timestamptz NOT NULL,
  from_status   text CHECK (from_status IN ('IN_PROGRESS', 'SUBMITTED', 'AUTHORISED')),
  to_status     text NOT NULL CHECK (to_status IN ('IN_PROGRESS', 'SUBMITTED', 'AUTHORISED')),
  command       text CHECK (length(command) <= 100),
  actor_id      uuid NOT NULL,
  actor_name    text NOT NULL CHECK (length(actor_name) <= 200),
  reason        text NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
  PRIMARY KEY (authority_id, assessment_id, seq),
  FOREIGN KEY (authority_id, assessment_id) REFERENCES casework_assessment (authority_id, id),
  CHECK ((from_status IS NULL) = (command IS NULL))
);
COMMENT ON TABLE casework_assessment_status_change IS
  'Status history of child and family assessments. Case data: row-level security by authority. Kept as long as the episode.';

-- The assessment's clock stops when it is authorised: the caseload shows it completed.
ALTER TABLE casework_episode ADD COLUMN assessment_authorised_at timestamptz;

SELECT isolate_by_authority('casework_assessment', 'casework_assessment_status_change');

-- History is written, never rewritten.
REVOKE UPDATE, DELETE, TRUNCATE ON casework_assessment_status_change FROM ${app_role};
