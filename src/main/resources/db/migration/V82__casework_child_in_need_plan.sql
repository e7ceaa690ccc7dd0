-- Child in need plans (issue 15): started at the child in need level, reviewed at the council's
-- frequency (each review: when it was held, what was decided, when the next is due), ended with a
-- date and a reason. One open plan of a kind per episode (CIN census rule 4004: never two open
-- CIN plans). The plan's status moves by PlanStatus.WORKFLOW, each move in
-- casework_plan_status_change (ADR 0013). The table holds plans of any kind: V83 adds Family Help's
-- family plan.
CREATE TABLE casework_plan (
  authority_id  uuid NOT NULL,
  id            uuid NOT NULL,
  episode_id    uuid NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('CHILD_IN_NEED')),
  status        text NOT NULL CHECK (status IN ('OPEN', 'ENDED')),
  started_on    date NOT NULL,
  -- When the next review is due: the council's months from the start, then from each review.
  review_due_on date NOT NULL,
  ended_on      date,
  end_reason    text CHECK (length(end_reason) BETWEEN 1 AND 2000),
  started_by_id   uuid NOT NULL,
  started_by_name text NOT NULL CHECK (length(started_by_name) <= 200),
  created_at    timestamptz NOT NULL,
  PRIMARY KEY (authority_id, id),
  FOREIGN KEY (authority_id, episode_id) REFERENCES casework_episode (authority_id, id),
  CHECK ((ended_on IS NULL) = (end_reason IS NULL)),
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE UNIQUE INDEX casework_plan_one_open ON casework_plan (authority_id, episode_id, kind) WHERE status = 'OPEN';
COMMENT ON TABLE casework_plan IS
  'Plans on casework episodes (child in need plans). Case data: row-level security by authority. Kept as long as the episode.';

CREATE TABLE casework_plan_review (
  authority_id uuid NOT NULL,
  plan_id      uuid NOT NULL,
  seq          integer NOT NULL,
  held_on      date NOT NULL,
  decided      text NOT NULL CHECK (length(decided) BETWEEN 1 AND 10000),
  next_due_on  date NOT NULL,
  by_id        uuid NOT NULL,
  by_name      text NOT NULL CHECK (length(by_name) <= 200),
  at           timestamptz NOT NULL,
  PRIMARY KEY (authority_id, plan_id, seq),
  FOREIGN KEY (authority_id, plan_id) REFERENCES casework_plan (authority_id, id),
  CHECK (next_due_on > held_on)
);
COMMENT ON TABLE casework_plan_review IS
  'Reviews of plans on casework episodes. Case data: row-level security by authority. Kept as long as the episode.';

CREATE TABLE casework_plan_status_change (
  authority_id uuid NOT NULL,
  plan_id      uuid NOT NULL,
  seq          integer NOT NULL,
  at           timestamptz NOT NULL,
  from_status  text CHECK (from_status IN ('OPEN', 'ENDED')),
  to_status    text NOT NULL CHECK (to_status IN ('OPEN', 'ENDED')),
  command      text CHECK (length(command) <= 100),
  actor_id     uuid NOT NULL,
  actor_name   text NOT NULL CHECK (length(actor_name) <= 200),
  reason       text NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
  PRIMARY KEY (authority_id, plan_id, seq),
  FOREIGN KEY (authority_id, plan_id) REFERENCES casework_plan (authority_id, id),
  CHECK ((from_status IS NULL) = (command IS NULL))
);
COMMENT ON TABLE casework_plan_status_change IS
  'Status history of plans on casework episodes. Case data: row-level security by authority. Kept as long as the episode.';

SELECT isolate_by_authority('casework_plan', 'casework_plan_review', 'casework_plan_status_change');

-- Reviews and history are written, never rewritten.
REVOKE UPDATE, DELETE, TRUNCATE ON casework_plan_review FROM ${app_role};
REVOKE UPDATE, DELETE, TRUNCATE ON casework_plan_status_change FROM ${app_role};
