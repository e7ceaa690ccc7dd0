-- How long each council keeps its LADO's records, by how the allegation ended (issue 17): data a
-- council can change, not code. A rule keeps the record for so many years from the adult's date of
-- birth (ADULT_BIRTH) or from when the allegation was resolved (RESOLUTION). Where a council has no
-- rule for an ending, the common practice applies (lado.Retention.DEFAULTS: substantiated and
-- unsubstantiated allegations 100 years from the adult's date of birth; false, unfounded and
-- malicious ones, and those closed with advice, 10 years from resolution).
CREATE TABLE lado_retention_rule (
  authority_id uuid NOT NULL REFERENCES authority (id),
  ending       text NOT NULL CHECK (ending IN ('SUBSTANTIATED', 'UNSUBSTANTIATED', 'FALSE', 'UNFOUNDED', 'MALICIOUS', 'ADVICE')),
  basis        text NOT NULL CHECK (basis IN ('ADULT_BIRTH', 'RESOLUTION')),
  years        integer NOT NULL CHECK (years BETWEEN 1 AND 150),
  PRIMARY KEY (authority_id, ending)
);
COMMENT ON TABLE lado_retention_rule IS
  'How long each council keeps LADO records, by how the allegation ended. Row-level security by authority.';

SELECT isolate_by_authority('lado_retention_rule');
