-- Allegation management meetings (strategy meetings) for an allegation the LADO manages: when,
-- who took part from which agency, what was agreed, and the actions with their owners and due
-- dates. An action is marked done; nothing else about a meeting is rewritten.
CREATE TABLE lado_meeting (
  authority_id   uuid NOT NULL,
  id             uuid NOT NULL,
  allegation_id  uuid NOT NULL,
  held_on        date NOT NULL,
  attendees      text NOT NULL CHECK (length(attendees) BETWEEN 1 AND 5000),
  agreed         text NOT NULL CHECK (length(agreed) BETWEEN 1 AND 20000),
  recorded_at    timestamptz NOT NULL,
  recorded_by_name text NOT NULL CHECK (length(recorded_by_name) <= 200),
  PRIMARY KEY (authority_id, id),
  FOREIGN KEY (authority_id, allegation_id) REFERENCES lado_allegation (authority_id, id)
);
CREATE INDEX lado_meeting_by_allegation ON lado_meeting (authority_id, allegation_id, held_on);
COMMENT ON TABLE lado_meeting IS
  'Allegation management meetings. Case data: row-level security by authority.';

CREATE TABLE lado_action (
  authority_id  uuid NOT NULL,
  meeting_id    uuid NOT NULL,
  seq           integer NOT NULL,
  action        text NOT NULL CHECK (length(action) BETWEEN 1 AND 2000),
  owner         text NOT NULL CHECK (length(owner) BETWEEN 1 AND 200),
  due_on        date NOT NULL,
  done_at       timestamptz,
  PRIMARY KEY (authority_id, meeting_id, seq),
  FOREIGN KEY (authority_id, meeting_id) REFERENCES lado_meeting (authority_id, id)
);
COMMENT ON TABLE lado_action IS
  'Actions agreed at an allegation management meeting. Case data: row-level security by authority.';

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['lado_meeting', 'lado_action'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
        'CREATE POLICY %I ON %I USING (authority_id = nullif(current_setting(''app.authority_id'', true), '''')::uuid)'
        ' WITH CHECK (authority_id = nullif(current_setting(''app.authority_id'', true), '''')::uuid)',
        t || '_by_authority', t);
  END LOOP;
END
$$;
REVOKE UPDATE, DELETE, TRUNCATE ON lado_meeting FROM ${app_role};
REVOKE DELETE, TRUNCATE ON lado_action FROM ${app_role};
