-- Child protection conferences and plans (issue 16). An initial conference is convened for the
-- children whose section 47 enquiries found that one is needed, due within 15 working days of the
-- strategy discussion at which the enquiry started (T8); it has an independent chair, invitations
-- (parents, the child where appropriate, agencies) and reports, and decides for each child whether
-- a child protection plan is needed, the category of abuse and the lead social worker. A review
-- conference reviews open plans: the first within 3 months of the initial conference, then every 6
-- months at most (T11, T12); only a review conference ends a plan. Conference status moves by
-- ConferenceStatus.WORKFLOW, plan status by ProtectionPlanStatus.WORKFLOW, each move kept in its
-- history table (ADR 0013).
CREATE TABLE casework_conference (
  authority_id  uuid NOT NULL,
  id            uuid NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('INITIAL', 'REVIEW')),
  status        text NOT NULL CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
  -- The day by which it must be held: the enquiry's conference date, or the plan's review date.
  due_on        date NOT NULL,
  scheduled_at  timestamptz NOT NULL,
  chair_id      uuid,
  chair_name    text CHECK (length(chair_name) BETWEEN 1 AND 200),
  held_on       date,
  cancel_reason text CHECK (length(cancel_reason) BETWEEN 1 AND 2000),
  summary       text CHECK (length(summary) BETWEEN 1 AND 20000),
  convened_by_id   uuid NOT NULL,
  convened_by_name text NOT NULL CHECK (length(convened_by_name) <= 200),
  created_at    timestamptz NOT NULL,
  PRIMARY KEY (authority_id, id),
  CHECK ((chair_id IS NULL) = (chair_name IS NULL)),
  CHECK (held_on IS NULL OR chair_id IS NOT NULL)
);
CREATE INDEX casework_conference_due ON casework_conference (authority_id, status, due_on);
COMMENT ON TABLE casework_conference IS
  'Child protection conferences. Case data: row-level security by authority. Kept as long as the episodes.';

-- Who is invited, as what, and whether their report came in and they attended.
CREATE TABLE casework_conference_invitee (
  authority_id  uuid NOT NULL,
  conference_id uuid NOT NULL,
  seq           integer NOT NULL CHECK (seq BETWEEN 1 AND 50),
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  invited_as    text NOT NULL CHECK (invited_as IN ('PARENT', 'CHILD', 'AGENCY', 'OTHER')),
  agency        text CHECK (agency IN ('SOCIAL_CARE', 'POLICE', 'HEALTH', 'EDUCATION', 'PROBATION', 'OTHER')),
  report_submitted boolean NOT NULL DEFAULT false,
  attended      boolean,
  PRIMARY KEY (authority_id, conference_id, seq),
  FOREIGN KEY (authority_id, conference_id) REFERENCES casework_conference (authority_id, id),
  CHECK ((invited_as = 'AGENCY') = (agency IS NOT NULL))
);
COMMENT ON TABLE casework_conference_invitee IS
  'Invitations to child protection conferences. Case data: row-level security by authority.';

-- A plan for one child, started on the initial conference's day (CIN census rule 2885) with the
-- chair's category of abuse; its next review conference is due 3 months after the start, then 6
-- months after each review. An unborn child's plan is recorded against the expected date (the
-- episode's) and stays the same plan once the child is born.
CREATE TABLE casework_protection_plan (
  authority_id     uuid NOT NULL,
  id               uuid NOT NULL,
  episode_id       uuid NOT NULL,
  status           text NOT NULL CHECK (status IN ('OPEN', 'ENDED')),
  started_on       date NOT NULL,
  initial_category text NOT NULL CHECK (initial_category IN ('NEG', 'PHY', 'EMO', 'SAB', 'MUL')),
  latest_category  text NOT NULL CHECK (latest_category IN ('NEG', 'PHY', 'EMO', 'SAB', 'MUL')),
  started_unborn   boolean NOT NULL DEFAULT false,
  lead_id          uuid NOT NULL,
  lead_name        text NOT NULL CHECK (length(lead_name) <= 200),
  -- The core group's first meeting: the council's working days after the initial conference (T9).
  core_group_due_on date NOT NULL,
  review_due_on    date NOT NULL,
  ended_on         date,
  end_reason       text CHECK (length(end_reason) BETWEEN 1 AND 2000),
  created_at       timestamptz NOT NULL,
  PRIMARY KEY (authority_id, id),
  FOREIGN KEY (authority_id, episode_id) REFERENCES casework_episode (authority_id, id),
  CHECK ((ended_on IS NULL) = (end_reason IS NULL)),
  CHECK (ended_on IS NULL OR ended_on >= started_on),
  CHECK (review_due_on > started_on)
);
CREATE UNIQUE INDEX casework_protection_plan_one_open ON casework_protection_plan (authority_id, episode_id) WHERE status = 'OPEN';
COMMENT ON TABLE casework_protection_plan IS
  'Child protection plans. Case data: row-level security by authority. Kept as long as the episode.';

CREATE TABLE casework_protection_plan_status_change (
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
  FOREIGN KEY (authority_id, plan_id) REFERENCES casework_protection_plan (authority_id, id),
  CHECK ((from_status IS NULL) = (command IS NULL))
);
COMMENT ON TABLE casework_protection_plan_status_change IS
  'Status history of child protection plans. Case data: row-level security by authority. Kept as long as the episode.';

-- Each child at a conference: the enquiry that led to an initial conference, or the plan a review
-- conference reviewed; the decision (an initial conference: PLAN or NO_PLAN; a review: CONTINUE or
-- END, with the reason for ending); the category of abuse where there is a plan; the plan made.
CREATE TABLE casework_conference_child (
  authority_id  uuid NOT NULL,
  conference_id uuid NOT NULL,
  episode_id    uuid NOT NULL,
  enquiry_id    uuid,
  reviewed_plan_id uuid,
  decision      text CHECK (decision IN ('PLAN', 'NO_PLAN', 'CONTINUE', 'END')),
  category      text CHECK (category IN ('NEG', 'PHY', 'EMO', 'SAB', 'MUL')),
  end_reason    text CHECK (length(end_reason) BETWEEN 1 AND 2000),
  plan_id       uuid,
  PRIMARY KEY (authority_id, conference_id, episode_id),
  FOREIGN KEY (authority_id, conference_id) REFERENCES casework_conference (authority_id, id),
  FOREIGN KEY (authority_id, episode_id) REFERENCES casework_episode (authority_id, id),
  FOREIGN KEY (authority_id, enquiry_id) REFERENCES casework_enquiry (authority_id, id),
  FOREIGN KEY (authority_id, reviewed_plan_id) REFERENCES casework_protection_plan (authority_id, id),
  FOREIGN KEY (authority_id, plan_id) REFERENCES casework_protection_plan (authority_id, id),
  CHECK ((enquiry_id IS NULL) <> (reviewed_plan_id IS NULL)),
  CHECK ((decision = 'END') = (end_reason IS NOT NULL)),
  CHECK (decision NOT IN ('PLAN', 'CONTINUE') OR category IS NOT NULL)
);
CREATE INDEX casework_conference_child_episode ON casework_conference_child (authority_id, episode_id);
-- An enquiry leads to one initial conference.
CREATE UNIQUE INDEX casework_conference_child_one_per_enquiry ON casework_conference_child (authority_id, enquiry_id)
  WHERE enquiry_id IS NOT NULL;
COMMENT ON TABLE casework_conference_child IS
  'The children of child protection conferences and the decisions for each. Case data: row-level security by authority.';

-- Core group meetings on a plan: the first is due within the council's working days of the initial conference.
CREATE TABLE casework_core_group_meeting (
  authority_id uuid NOT NULL,
  plan_id      uuid NOT NULL,
  seq          integer NOT NULL,
  held_on      date NOT NULL,
  notes        text NOT NULL CHECK (length(notes) BETWEEN 1 AND 10000),
  by_id        uuid NOT NULL,
  by_name      text NOT NULL CHECK (length(by_name) <= 200),
  at           timestamptz NOT NULL,
  PRIMARY KEY (authority_id, plan_id, seq),
  FOREIGN KEY (authority_id, plan_id) REFERENCES casework_protection_plan (authority_id, id)
);
COMMENT ON TABLE casework_core_group_meeting IS
  'Core group meetings on child protection plans. Case data: row-level security by authority. Kept as long as the episode.';

SELECT isolate_by_authority('casework_conference', 'casework_conference_invitee', 'casework_protection_plan',
  'casework_protection_plan_status_change', 'casework_conference_child', 'casework_core_group_meeting');

REVOKE UPDATE, DELETE, TRUNCATE ON casework_protection_plan_status_change, casework_core_group_meeting FROM ${app_role};
REVOKE DELETE, TRUNCATE ON casework_conference, casework_conference_invitee, casework_protection_plan,
  casework_conference_child FROM ${app_role};
