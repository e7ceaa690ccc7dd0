-- Strategy discussions and section 47 enquiries (issue 16). A strategy discussion is held when
-- there is reasonable cause to suspect that a child is suffering, or likely to suffer, significant
-- harm (Working Together 2023): from a MASH decision of a strategy discussion, or at any time on an
-- open episode. It is recorded once it has been held: when, who took part for which agency (at
-- least children's social care, police and health, or the record says why one could not), what
-- was discussed, and for each child discussed whether section 47 enquiries start and why. Actions
-- agreed have owners and due dates. A further discussion can follow an earlier one.
CREATE TABLE casework_strategy_discussion (
  authority_id    uuid NOT NULL,
  id              uuid NOT NULL,
  held_at         timestamptz NOT NULL,
  -- The earlier discussion this one follows, if any.
  follows_id      uuid,
  discussed       text NOT NULL CHECK (length(discussed) BETWEEN 1 AND 20000),
  -- Why an agency that must take part could not, where it did not (one of the three, or none).
  no_social_care_reason text CHECK (length(no_social_care_reason) BETWEEN 1 AND 2000),
  no_police_reason      text CHECK (length(no_police_reason) BETWEEN 1 AND 2000),
  no_health_reason      text CHECK (length(no_health_reason) BETWEEN 1 AND 2000),
  recorded_by_id   uuid NOT NULL,
  recorded_by_name text NOT NULL CHECK (length(recorded_by_name) <= 200),
  created_at      timestamptz NOT NULL,
  PRIMARY KEY (authority_id, id),
  FOREIGN KEY (authority_id, follows_id) REFERENCES casework_strategy_discussion (authority_id, id)
);
COMMENT ON TABLE casework_strategy_discussion IS
  'Strategy discussions about children on casework episodes. Case data: row-level security by authority. Kept as long as the episodes.';

-- Who took part, for which agency.
CREATE TABLE casework_strategy_attendee (
  authority_id  uuid NOT NULL,
  discussion_id uuid NOT NULL,
  seq           integer NOT NULL CHECK (seq BETWEEN 1 AND 50),
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  agency        text NOT NULL CHECK (agency IN ('SOCIAL_CARE', 'POLICE', 'HEALTH', 'EDUCATION', 'PROBATION', 'OTHER')),
  -- Their role, or the agency's name where the agency is OTHER.
  role          text CHECK (length(role) BETWEEN 1 AND 200),
  PRIMARY KEY (authority_id, discussion_id, seq),
  FOREIGN KEY (authority_id, discussion_id) REFERENCES casework_strategy_discussion (authority_id, id)
);
COMMENT ON TABLE casework_strategy_attendee IS
  'Who took part in strategy discussions. Case data: row-level security by authority. Kept as long as the episodes.';

-- Each child discussed: the decision whether section 47 enquiries start, and why.
CREATE TABLE casework_strategy_child (
  authority_id  uuid NOT NULL,
  discussion_id uuid NOT NULL,
  episode_id    uuid NOT NULL,
  section47     boolean NOT NULL,
  reason        text NOT NULL CHECK (length(reason) BETWEEN 1 AND 5000),
  PRIMARY KEY (authority_id, discussion_id, episode_id),
  FOREIGN KEY (authority_id, discussion_id) REFERENCES casework_strategy_discussion (authority_id, id),
  FOREIGN KEY (authority_id, episode_id) REFERENCES casework_episode (authority_id, id)
);
CREATE INDEX casework_strategy_child_episode ON casework_strategy_child (authority_id, episode_id);
COMMENT ON TABLE casework_strategy_child IS
  'The children of strategy discussions and whether section 47 enquiries start. Case data: row-level security by authority.';

-- Other actions agreed, each with an owner and a due date.
CREATE TABLE casework_strategy_action (
  authority_id  uuid NOT NULL,
  discussion_id uuid NOT NULL,
  seq           integer NOT NULL CHECK (seq BETWEEN 1 AND 50),
  action        text NOT NULL CHECK (length(action) BETWEEN 1 AND 2000),
  owner         text NOT NULL CHECK (length(owner) BETWEEN 1 AND 200),
  due_on        date NOT NULL,
  PRIMARY KEY (authority_id, discussion_id, seq),
  FOREIGN KEY (authority_id, discussion_id) REFERENCES casework_strategy_discussion (authority_id, id)
);
COMMENT ON TABLE casework_strategy_action IS
  'Actions agreed at strategy discussions. Case data: row-level security by authority. Kept as long as the episodes.';

-- A section 47 enquiry, started for one child by the strategy discussion that decided it. Its
-- start is the discussion's day (CIN census S47ActualStartDate); an initial child protection
-- conference is due within 15 working days of it (T8, CIN census InitialCPCtarget). It ends with
-- the child seen (a date, alone or not) and one of three outcomes. Its status moves by
-- EnquiryStatus.WORKFLOW, each move in casework_enquiry_status_change (ADR 0013).
CREATE TABLE casework_enquiry (
  authority_id      uuid NOT NULL,
  id                uuid NOT NULL,
  episode_id        uuid NOT NULL,
  discussion_id     uuid NOT NULL,
  status            text NOT NULL CHECK (status IN ('OPEN', 'COMPLETED')),
  started_on        date NOT NULL,
  -- The end of the 15th working day after the start, in the council's calendar.
  conference_due_on date NOT NULL CHECK (conference_due_on > started_on),
  seen_on           date,
  seen_alone        boolean,
  outcome           text CHECK (outcome IN ('NOT_SUBSTANTIATED', 'SUBSTANTIATED_NO_CONFERENCE', 'CONFERENCE')),
  completed_on      date,
  started_by_id     uuid NOT NULL,
  started_by_name   text NOT NULL CHECK (length(started_by_name) <= 200),
  created_at        timestamptz NOT NULL,
  PRIMARY KEY (authority_id, id),
  FOREIGN KEY (authority_id, episode_id) REFERENCES casework_episode (authority_id, id),
  FOREIGN KEY (authority_id, discussion_id, episode_id) REFERENCES casework_strategy_child (authority_id, discussion_id, episode_id),
  CHECK ((seen_on IS NULL) = (seen_alone IS NULL)),
  CHECK ((outcome IS NULL) = (completed_on IS NULL)),
  CHECK (completed_on IS NULL OR completed_on >= started_on),
  CHECK (seen_on IS NULL OR seen_on >= started_on)
);
-- One enquiry a discussion a child; one open enquiry a child at a time.
CREATE UNIQUE INDEX casework_enquiry_one_per_discussion ON casework_enquiry (authority_id, discussion_id, episode_id);
CREATE UNIQUE INDEX casework_enquiry_one_open ON casework_enquiry (authority_id, episode_id) WHERE status = 'OPEN';
COMMENT ON TABLE casework_enquiry IS
  'Section 47 enquiries on casework episodes. Case data: row-level security by authority. Kept as long as the episode.';

CREATE TABLE casework_enquiry_status_change (
  authority_id uuid NOT NULL,
  enquiry_id   uuid NOT NULL,
  seq          integer NOT NULL,
  at           timestamptz NOT NULL,
  from_status  text CHECK (from_status IN ('OPEN', 'COMPLETED')),
  to_status    text NOT NULL CHECK (to_status IN ('OPEN', 'COMPLETED')),
  command      text CHECK (length(command) <= 100),
  actor_id     uuid NOT NULL,
  actor_name   text NOT NULL CHECK (length(actor_name) <= 200),
  reason       text NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
  PRIMARY KEY (authority_id, enquiry_id, seq),
  FOREIGN KEY (authority_id, enquiry_id) REFERENCES casework_enquiry (authority_id, id),
  CHECK ((from_status IS NULL) = (command IS NULL))
);
COMMENT ON TABLE casework_enquiry_status_change IS
  'Status history of section 47 enquiries. Case data: row-level security by authority. Kept as long as the episode.';

SELECT isolate_by_authority('casework_strategy_discussion', 'casework_strategy_attendee', 'casework_strategy_child',
  'casework_strategy_action', 'casework_enquiry', 'casework_enquiry_status_change');

-- A discussion is a record of what happened: written once, never rewritten.
REVOKE UPDATE, DELETE, TRUNCATE ON casework_strategy_discussion, casework_strategy_attendee, casework_strategy_child,
  casework_strategy_action, casework_enquiry_status_change FROM ${app_role};
