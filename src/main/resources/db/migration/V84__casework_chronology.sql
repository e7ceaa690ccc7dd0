-- A child's chronology (issue 15): most of it is read from what is already recorded (contacts,
-- decisions, partner answers, the episode's histories); these tables keep what only a worker can
-- add: significant events recorded by hand, and which entries matter.

-- An event a worker records on the child's chronology: something that happened, told or seen,
-- that no other record holds (a police call-out, a hospital attendance, a parent's new partner).
CREATE TABLE casework_chronology_event (
  authority_id uuid NOT NULL,
  id           uuid NOT NULL,
  child_key    text NOT NULL,
  episode_id   uuid NOT NULL,
  happened_on  date NOT NULL CHECK (happened_on >= DATE '1900-01-01'),
  what         text NOT NULL CHECK (length(what) BETWEEN 1 AND 2000),
  source       text NOT NULL CHECK (length(source) <= 200),
  by_id        uuid NOT NULL,
  by_name      text NOT NULL CHECK (length(by_name) <= 200),
  at           timestamptz NOT NULL,
  PRIMARY KEY (authority_id, id),
  FOREIGN KEY (authority_id, episode_id) REFERENCES casework_episode (authority_id, id)
);
CREATE INDEX casework_chronology_event_child ON casework_chronology_event (authority_id, child_key);
COMMENT ON TABLE casework_chronology_event IS
  'Events workers add to children''s chronologies. Case data: row-level security by authority. Kept as long as the child''s episodes.';

-- Which entries of a child's chronology a worker marked as significant (or unmarked), keyed by the
-- entry's stable key ("event:<id>", "contact:<id>:received", ...). The audit log keeps who changed it.
CREATE TABLE casework_chronology_mark (
  authority_id uuid NOT NULL,
  child_key    text NOT NULL,
  entry_key    text NOT NULL CHECK (length(entry_key) <= 200),
  significant  boolean NOT NULL,
  by_id        uuid NOT NULL,
  by_name      text NOT NULL CHECK (length(by_name) <= 200),
  at           timestamptz NOT NULL,
  PRIMARY KEY (authority_id, child_key, entry_key)
);
COMMENT ON TABLE casework_chronology_mark IS
  'Significant entries of children''s chronologies. Case data: row-level security by authority. Kept as long as the child''s episodes.';

SELECT isolate_by_authority('casework_chronology_event', 'casework_chronology_mark');

-- An event once recorded stays as it was: a correction is another event.
REVOKE UPDATE, DELETE, TRUNCATE ON casework_chronology_event FROM ${app_role};
REVOKE DELETE, TRUNCATE ON casework_chronology_mark FROM ${app_role};
