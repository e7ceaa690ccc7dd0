-- People-matching candidates kept with a contact (issue 12). A MASH contact page shows, for each
-- person the contact names, the known people who may be them; finding them is the heaviest work of
-- a view, and the answer changes only when the council's people do. Each council's people have a
-- version that every added, changed or removed person moves on; the candidates for a contact are
-- kept with the version they were found at and found afresh once it has moved.
CREATE TABLE people_version (
  authority_id uuid PRIMARY KEY REFERENCES authority (id),
  version      bigint NOT NULL
);
COMMENT ON TABLE people_version IS
  'How many times a council''s people have changed: moved on by every insert, update and delete of '
  'a person. Row-level security by authority.';

CREATE FUNCTION people_version_moves_on() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO people_version AS v (authority_id, version)
  VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.authority_id ELSE NEW.authority_id END, 1)
  ON CONFLICT (authority_id) DO UPDATE SET version = v.version + 1;
  IF TG_OP = 'UPDATE' AND OLD.authority_id <> NEW.authority_id THEN
    INSERT INTO people_version AS v (authority_id, version) VALUES (OLD.authority_id, 1)
    ON CONFLICT (authority_id) DO UPDATE SET version = v.version + 1;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER person_moves_people_version AFTER INSERT OR UPDATE OR DELETE ON person
  FOR EACH ROW EXECUTE FUNCTION people_version_moves_on();

CREATE TABLE person_candidates_kept (
  authority_id      uuid NOT NULL REFERENCES authority (id),
  contact_reference text NOT NULL,
  people_version    bigint NOT NULL,
  -- What was looked for (a digest of the people the contact names): a different document is
  -- looked for afresh.
  probes            text NOT NULL,
  -- [{"key": "c0", "rank": 0, "person": "<id>", "score": 93, "reasons": ["NHS number matches"]}]
  candidates        jsonb NOT NULL,
  PRIMARY KEY (authority_id, contact_reference)
);
COMMENT ON TABLE person_candidates_kept IS
  'The candidates found for the people named in a contact, at a version of the council''s people; '
  'found afresh when that version has moved on. Case data: row-level security by authority.';

DO $do$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['people_version', 'person_candidates_kept'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY %I ON %I
      USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
      WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)$p$,
      t || '_by_authority', t);
  END LOOP;
END
$do$;
