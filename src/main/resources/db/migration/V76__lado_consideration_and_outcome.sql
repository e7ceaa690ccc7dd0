-- The LADO's work on an allegation (issue 17): the initial consideration (does the harm test
-- apply? if not, the advice given), and the outcome when it concludes. The allegation's status
-- moves by AllegationStatus.WORKFLOW.
ALTER TABLE lado_allegation DROP CONSTRAINT lado_allegation_status_check;
ALTER TABLE lado_allegation ADD CONSTRAINT lado_allegation_status_check
  CHECK (status IN ('NEW', 'MANAGED', 'CLOSED_WITH_ADVICE', 'CONCLUDED'));

CREATE TABLE lado_consideration (
  authority_id   uuid NOT NULL,
  allegation_id  uuid NOT NULL,
  considered_at  timestamptz NOT NULL,
  considered_by  uuid NOT NULL,
  considered_by_name text NOT NULL CHECK (length(considered_by_name) <= 200),
  -- The parts of the harm test that apply (Keeping Children Safe in Education, Part 4); none: it does not apply.
  harm_test      text[] NOT NULL CHECK (harm_test <@ ARRAY['HARMED', 'OFFENCE', 'RISK', 'UNSUITABLE']::text[]),
  advice         text CHECK (length(advice) <= 20000),
  PRIMARY KEY (authority_id, allegation_id),
  FOREIGN KEY (authority_id, allegation_id) REFERENCES lado_allegation (authority_id, id),
  CHECK (cardinality(harm_test) > 0 OR advice IS NOT NULL)
);
COMMENT ON TABLE lado_consideration IS
  'The LADO''s initial consideration of an allegation. Case data: row-level security by authority.';

CREATE TABLE lado_outcome (
  authority_id    uuid NOT NULL,
  allegation_id   uuid NOT NULL,
  concluded_at    timestamptz NOT NULL,
  concluded_by    uuid NOT NULL,
  concluded_by_name text NOT NULL CHECK (length(concluded_by_name) <= 200),
  outcome         text NOT NULL CHECK (outcome IN ('SUBSTANTIATED', 'MALICIOUS', 'FALSE', 'UNSUBSTANTIATED', 'UNFOUNDED')),
  employer_action text NOT NULL CHECK (employer_action IN ('SUSPENSION', 'DISMISSAL', 'RESIGNATION', 'NO_ACTION', 'OTHER')),
  regulator       text NOT NULL CHECK (regulator IN ('DBS', 'TRA', 'OTHER_REGULATOR', 'NONE')),
  notes           text CHECK (length(notes) <= 20000),
  PRIMARY KEY (authority_id, allegation_id),
  FOREIGN KEY (authority_id, allegation_id) REFERENCES lado_allegation (authority_id, id)
);
COMMENT ON TABLE lado_outcome IS
  'How an allegation concluded (KCSIE Part 4 definitions) and what followed. Case data: row-level security by authority.';

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['lado_consideration', 'lado_outcome'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
        'CREATE POLICY %I ON %I USING (authority_id = nullif(current_setting(''app.authority_id'', true), '''')::uuid)'
        ' WITH CHECK (authority_id = nullif(current_setting(''app.authority_id'', true), '''')::uuid)',
        t || '_by_authority', t);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM ${app_role}', t);
  END LOOP;
END
$$;
