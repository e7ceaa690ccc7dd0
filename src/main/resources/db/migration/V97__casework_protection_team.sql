-- Multi-agency child protection teams (issue 16; Children's Wellbeing and Schools Act 2026, s.3):
-- practitioners of the council's partner agencies (education, health, police) who are members of a
-- child's child protection team. A social worker or team manager adds them to the child's episode
-- and removes them; a removal ends the membership (a later addition is a new row), so the rows are
-- the team's history. The lead child protection practitioner is the episode's lead, a social worker.
CREATE TABLE casework_protection_member (
  authority_id   uuid NOT NULL,
  id             uuid NOT NULL,
  episode_id     uuid NOT NULL,
  staff_user_id  uuid NOT NULL,
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  agency         text NOT NULL CHECK (agency IN ('EDUCATION', 'HEALTH', 'POLICE')),
  added_by_id    uuid NOT NULL,
  added_by_name  text NOT NULL CHECK (length(added_by_name) <= 200),
  added_at       timestamptz NOT NULL,
  removed_by_id  uuid,
  removed_by_name text CHECK (length(removed_by_name) <= 200),
  removed_at     timestamptz,
  PRIMARY KEY (authority_id, id),
  FOREIGN KEY (authority_id, episode_id) REFERENCES casework_episode (authority_id, id),
  CHECK ((removed_at IS NULL) = (removed_by_id IS NULL) AND (removed_at IS NULL) = (removed_by_name IS NULL)),
  CHECK (removed_at IS NULL OR removed_at >= added_at)
);
-- One current membership a practitioner a child.
CREATE UNIQUE INDEX casework_protection_member_current
  ON casework_protection_member (authority_id, episode_id, staff_user_id) WHERE removed_at IS NULL;
CREATE INDEX casework_protection_member_staff ON casework_protection_member (authority_id, staff_user_id) WHERE removed_at IS NULL;
COMMENT ON TABLE casework_protection_member IS
  'Partner practitioners on children''s child protection teams, with when they were added and removed. Case data: row-level security by authority. Kept as long as the episode.';

-- What a member contributes for the team: a dated note, such as a report for a conference.
CREATE TABLE casework_protection_contribution (
  authority_id uuid NOT NULL,
  id           uuid NOT NULL,
  episode_id   uuid NOT NULL,
  member_id    uuid NOT NULL,
  text         text NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
  by_id        uuid NOT NULL,
  by_name      text NOT NULL CHECK (length(by_name) <= 200),
  agency       text NOT NULL CHECK (agency IN ('EDUCATION', 'HEALTH', 'POLICE')),
  at           timestamptz NOT NULL,
  PRIMARY KEY (authority_id, id),
  FOREIGN KEY (authority_id, episode_id) REFERENCES casework_episode (authority_id, id),
  FOREIGN KEY (authority_id, member_id) REFERENCES casework_protection_member (authority_id, id)
);
CREATE INDEX casework_protection_contribution_episode ON casework_protection_contribution (authority_id, episode_id);
COMMENT ON TABLE casework_protection_contribution IS
  'Contributions of child protection team members to children''s records. Case data: row-level security by authority. Kept as long as the episode.';

SELECT isolate_by_authority('casework_protection_member', 'casework_protection_contribution');

-- A contribution is a record of what was said: written once. A membership is only ever ended.
REVOKE UPDATE, DELETE, TRUNCATE ON casework_protection_contribution FROM ${app_role};
REVOKE DELETE, TRUNCATE ON casework_protection_member FROM ${app_role};
