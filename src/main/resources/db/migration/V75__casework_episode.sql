-- Casework after the MASH (issue 15): one episode per child, from early help through child in need
-- (Family Help), opened by an authorised MASH decision. Its level steps up or down with a reason
-- and is never re-keyed; a team manager allocates it to a lead practitioner; it closes with a CIN
-- census reason (RC1-RC9) and may be reopened. Every change keeps its history: status moves in
-- casework_episode_status_change (ADR 0013), allocations and level changes in their own tables.
CREATE TABLE casework_episode (
  authority_id      uuid NOT NULL REFERENCES authority (id),
  id                uuid NOT NULL,
  -- Who the child is, as the referral named them: the same key (NHS number, or name and date of
  -- birth) finds the child's open episode when another referral comes.
  child_key         text NOT NULL CHECK (length(child_key) BETWEEN 1 AND 500),
  first_name        text CHECK (length(first_name) <= 200),
  last_name         text CHECK (length(last_name) <= 200),
  date_of_birth     date,
  expected_date     date,
  nhs_number        text CHECK (nhs_number ~ '^[0-9]{10}$'),
  level             text NOT NULL CHECK (level IN ('EARLY_HELP', 'CHILD_IN_NEED')),
  status            text NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
  -- The CIN referral date: the day the council received the concern that opened the episode.
  referral_date     date NOT NULL,
  opened_at         timestamptz NOT NULL,
  -- The assessment's deadline, stored when its clock starts (45 working days from the referral
  -- date), with the rule that set it; none while the episode is at early help.
  assessment_due_at timestamptz,
  assessment_rule   text CHECK (length(assessment_rule) <= 200),
  primary_need      text CHECK (primary_need IN ('N0', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9')),
  lead_id           uuid,
  lead_name         text CHECK (length(lead_name) <= 200),
  closure_reason    text CHECK (closure_reason IN ('RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9')),
  closed_at         timestamptz,
  -- A referral within 12 months of the closure of an earlier episode of the same child.
  re_referral       boolean NOT NULL DEFAULT false,
  PRIMARY KEY (authority_id, id),
  CHECK ((lead_id IS NULL) = (lead_name IS NULL)),
  -- A move changes the status first, then the closing columns follow in the same transaction
  -- (ADR 0013: move first, then write the rest); a closed episode always has both.
  CHECK ((closure_reason IS NULL) = (closed_at IS NULL))
);
-- A child has at most one open episode.
CREATE UNIQUE INDEX casework_episode_one_open ON casework_episode (authority_id, child_key) WHERE status = 'OPEN';
CREATE INDEX casework_episode_lead ON casework_episode (authority_id, lead_id) WHERE status = 'OPEN';
COMMENT ON TABLE casework_episode IS
  'Children''s social care episodes (Family Help: early help and child in need). Case data: row-level '
  'security by authority. Kept as part of the child''s record.';

CREATE TABLE casework_episode_status_change (
  authority_id uuid NOT NULL,
  episode_id   uuid NOT NULL,
  seq          integer NOT NULL,
  at           timestamptz NOT NULL,
  from_status  text CHECK (from_status IN ('OPEN', 'CLOSED')),
  to_status    text NOT NULL CHECK (to_status IN ('OPEN', 'CLOSED')),
  command      text CHECK (length(command) <= 100),
  actor_id     uuid NOT NULL,
  actor_name   text NOT NULL CHECK (length(actor_name) <= 200),
  reason       text NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
  PRIMARY KEY (authority_id, episode_id, seq),
  FOREIGN KEY (authority_id, episode_id) REFERENCES casework_episode (authority_id, id),
  -- Only the arrival has no command.
  CHECK ((from_status IS NULL) = (command IS NULL))
);
COMMENT ON TABLE casework_episode_status_change IS
  'Status history of casework episodes. Case data: row-level security by authority. Kept as long as the episode.';

-- Each referral on an episode: the one that opened it, and any that came while it was open.
CREATE TABLE casework_episode_referral (
  authority_id uuid NOT NULL,
  episode_id   uuid NOT NULL,
  seq          integer NOT NULL,
  referral_id  uuid,
  contact_id   uuid,
  reference    text CHECK (length(reference) <= 20),
  received_on  date NOT NULL,
  outcome      text NOT NULL CHECK (outcome IN ('EARLY_HELP', 'CHILD_AND_FAMILY_ASSESSMENT', 'STRATEGY_DISCUSSION')),
  added_at     timestamptz NOT NULL,
  re_referral  boolean NOT NULL DEFAULT false,
  PRIMARY KEY (authority_id, episode_id, seq),
  FOREIGN KEY (authority_id, episode_id) REFERENCES casework_episode (authority_id, id),
  UNIQUE (authority_id, episode_id, referral_id)
);
COMMENT ON TABLE casework_episode_referral IS
  'Referrals on casework episodes. Case data: row-level security by authority. Kept as long as the episode.';

-- Who has led the episode: every allocation and reallocation, who made it and why.
CREATE TABLE casework_allocation (
  authority_id uuid NOT NULL,
  episode_id   uuid NOT NULL,
  seq          integer NOT NULL,
  at           timestamptz NOT NULL,
  from_id      uuid,
  from_name    text CHECK (length(from_name) <= 200),
  to_id        uuid NOT NULL,
  to_name      text NOT NULL CHECK (length(to_name) <= 200),
  by_id        uuid NOT NULL,
  by_name      text NOT NULL CHECK (length(by_name) <= 200),
  reason       text NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
  PRIMARY KEY (authority_id, episode_id, seq),
  FOREIGN KEY (authority_id, episode_id) REFERENCES casework_episode (authority_id, id)
);
COMMENT ON TABLE casework_allocation IS
  'Allocation history of casework episodes. Case data: row-level security by authority. Kept as long as the episode.';

-- Every step up (early help to child in need) and step down, with its reason.
CREATE TABLE casework_level_change (
  authority_id uuid NOT NULL,
  episode_id   uuid NOT NULL,
  seq          integer NOT NULL,
  at           timestamptz NOT NULL,
  from_level   text NOT NULL CHECK (from_level IN ('EARLY_HELP', 'CHILD_IN_NEED')),
  to_level     text NOT NULL CHECK (to_level IN ('EARLY_HELP', 'CHILD_IN_NEED')),
  by_id        uuid NOT NULL,
  by_name      text NOT NULL CHECK (length(by_name) <= 200),
  reason       text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  PRIMARY KEY (authority_id, episode_id, seq),
  FOREIGN KEY (authority_id, episode_id) REFERENCES casework_episode (authority_id, id),
  CHECK (from_level <> to_level)
);
COMMENT ON TABLE casework_level_change IS
  'Steps up and down of casework episodes. Case data: row-level security by authority. Kept as long as the episode.';

DO $do$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['casework_episode', 'casework_episode_status_change', 'casework_episode_referral',
                           'casework_allocation', 'casework_level_change'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY %I ON %I
      USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
      WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)$p$,
      t || '_by_authority', t);
  END LOOP;
END
$do$;

-- History is written, never rewritten.
REVOKE UPDATE, DELETE, TRUNCATE ON casework_episode_status_change FROM ${app_role};
REVOKE UPDATE, DELETE, TRUNCATE ON casework_episode_referral FROM ${app_role};
REVOKE UPDATE, DELETE, TRUNCATE ON casework_allocation FROM ${app_role};
REVOKE UPDATE, DELETE, TRUNCATE ON casework_level_change FROM ${app_role};
