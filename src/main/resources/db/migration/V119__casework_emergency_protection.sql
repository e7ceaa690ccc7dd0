-- Emergency protection on a child's episode (issue 18; Ofsted Annex A list 7 asks whether a child on a plan was subject to
-- one in the last six months): an emergency protection order (Children Act 1989 s.44: when the court made it, which
-- court, its end date no more than 8 days on, s.45(1); extended once, by up to 7 days, s.45(5)-(6); or discharged
-- early) or police protection (s.46: when the police took the child, the force and the officer's or incident
-- reference, and when it ended, no more than 72 hours later, s.46(6)). One table for both, the kind's columns kept
-- apart by checks; each kind moves by its own workflow (EmergencyProtectionOrderStatus.WORKFLOW,
-- PoliceProtectionStatus.WORKFLOW), each move in casework_emergency_protection_status_change (ADR 0013). A demo
-- reload that re-creates an episode takes these rows with it (ON DELETE CASCADE).
CREATE TABLE casework_emergency_protection (
  authority_id     uuid NOT NULL,
  id               uuid NOT NULL,
  episode_id       uuid NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('EMERGENCY_PROTECTION_ORDER', 'POLICE_PROTECTION')),
  status           text NOT NULL CHECK (status IN ('MADE', 'EXTENDED', 'DISCHARGED', 'TAKEN', 'ENDED')),
  -- When the court made the order, or the police took the child into police protection.
  started_at       timestamptz NOT NULL,
  court            text CHECK (length(court) BETWEEN 1 AND 200),
  ends_on          date,
  extended_on      date,
  extended_to      date,
  police_force     text CHECK (length(police_force) BETWEEN 1 AND 200),
  police_reference text CHECK (length(police_reference) BETWEEN 1 AND 200),
  -- When it ended before its end: an order discharged, police protection over.
  ended_at         timestamptz,
  end_reason       text CHECK (length(end_reason) BETWEEN 1 AND 2000),
  recorded_by_id   uuid NOT NULL,
  recorded_by_name text NOT NULL CHECK (length(recorded_by_name) <= 200),
  created_at       timestamptz NOT NULL,
  PRIMARY KEY (authority_id, id),
  FOREIGN KEY (authority_id, episode_id) REFERENCES casework_episode (authority_id, id) ON DELETE CASCADE,
  CHECK (kind <> 'EMERGENCY_PROTECTION_ORDER' OR (court IS NOT NULL AND ends_on IS NOT NULL AND police_force IS NULL
         AND police_reference IS NULL AND status IN ('MADE', 'EXTENDED', 'DISCHARGED')
         AND ends_on BETWEEN (started_at AT TIME ZONE 'Europe/London')::date AND (started_at AT TIME ZONE 'Europe/London')::date + 8)),
  CHECK (kind <> 'POLICE_PROTECTION' OR (police_force IS NOT NULL AND police_reference IS NOT NULL AND court IS NULL
         AND ends_on IS NULL AND extended_on IS NULL AND status IN ('TAKEN', 'ENDED')
         AND (ended_at IS NULL OR ended_at <= started_at + interval '72 hours'))),
  CHECK ((extended_on IS NULL) = (extended_to IS NULL)),
  CHECK (extended_to IS NULL OR (extended_to > ends_on AND extended_to <= ends_on + 7)),
  CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX casework_emergency_protection_episode ON casework_emergency_protection (authority_id, episode_id);
CREATE INDEX casework_emergency_protection_started ON casework_emergency_protection (authority_id, started_at);
COMMENT ON TABLE casework_emergency_protection IS
  'Emergency protection orders and police protection on casework episodes. Case data: row-level security by authority. Kept as long as the episode.';

CREATE TABLE casework_emergency_protection_status_change (
  authority_id            uuid NOT NULL,
  emergency_protection_id uuid NOT NULL,
  seq                     integer NOT NULL,
  at                      timestamptz NOT NULL,
  from_status             text,
  to_status               text NOT NULL,
  command                 text CHECK (length(command) <= 100),
  actor_id                uuid NOT NULL,
  actor_name              text NOT NULL CHECK (length(actor_name) <= 200),
  reason                  text NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
  PRIMARY KEY (authority_id, emergency_protection_id, seq),
  FOREIGN KEY (authority_id, emergency_protection_id) REFERENCES casework_emergency_protection (authority_id, id) ON DELETE CASCADE,
  CHECK ((from_status IS NULL) = (command IS NULL))
);
COMMENT ON TABLE casework_emergency_protection_status_change IS
  'Status history of emergency protection orders and police protection. Case data: row-level security by authority. Kept as long as the episode.';

SELECT isolate_by_authority('casework_emergency_protection', 'casework_emergency_protection_status_change');

REVOKE UPDATE, DELETE, TRUNCATE ON casework_emergency_protection_status_change FROM ${app_role};
REVOKE DELETE, TRUNCATE ON casework_emergency_protection FROM ${app_role};
