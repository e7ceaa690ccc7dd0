-- The adult an allegation is about, as the LADO records them at the initial consideration: name,
-- date of birth, role, employer and sector, other roles with children. Earlier allegations about the
-- same adult are found by the same name key as people are (person_name_key), so patterns are seen.
CREATE TABLE lado_adult (
  authority_id   uuid NOT NULL,
  allegation_id  uuid NOT NULL,
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  name_key       text GENERATED ALWAYS AS (person_name_key(name)) STORED,
  date_of_birth  date,
  role           text CHECK (length(role) <= 200),
  employer       text CHECK (length(employer) <= 200),
  sector         text NOT NULL CHECK (sector IN ('EDUCATION', 'EARLY_YEARS', 'HEALTH', 'SOCIAL_CARE', 'POLICE', 'FAITH',
                                                 'SPORT', 'TRANSPORT', 'VOLUNTARY', 'FOSTER_CARER', 'OTHER')),
  other_roles    text CHECK (length(other_roles) <= 5000),
  PRIMARY KEY (authority_id, allegation_id),
  FOREIGN KEY (authority_id, allegation_id) REFERENCES lado_allegation (authority_id, id)
);
CREATE INDEX lado_adult_by_name ON lado_adult (authority_id, name_key);
COMMENT ON TABLE lado_adult IS
  'The adult each allegation is about. Case data: row-level security by authority.';
ALTER TABLE lado_adult ENABLE ROW LEVEL SECURITY;
ALTER TABLE lado_adult FORCE ROW LEVEL SECURITY;
CREATE POLICY lado_adult_by_authority ON lado_adult
  USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
  WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
REVOKE UPDATE, DELETE, TRUNCATE ON lado_adult FROM ${app_role};
