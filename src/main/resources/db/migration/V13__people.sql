-- People known to a council: children (born or unborn) and adults, their households, what has
-- happened before (contacts, referrals, plans, LADO involvement) and every decision a worker made
-- about whether a person in a new contact is someone already known. Matching narrows first by
-- indexed keys (NHS number, UPN, date of birth and its usual errors, sound-alike name with birth
-- year, postcode with birth year) and then scores the few candidates; see uk.frontdoor.people.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- A name as matching compares it: lower case, accents removed, apostrophes and dots dropped,
-- hyphens kept (they separate the parts of a double-barrelled name), other punctuation and runs
-- of spaces made one space. PersonNames in Java does the same.
CREATE FUNCTION person_name_key(name text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
  RETURN btrim(regexp_replace(regexp_replace(regexp_replace(
           replace(replace(replace(replace(translate(lower(name),
             'àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž’‘`',
             'aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz'),
             'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'), 'þ', 'th'),
           '[''.]', '', 'g'), '[^a-z-]+', ' ', 'g'), '\s*-\s*', '-', 'g'), ' -');

-- The sound-alike keys of a name key: the Double Metaphone code of each part of the name
-- ("smith-jones" gives SM0 and JNS) and of the whole name run together ("mc donald" gives MK,
-- TNLT and MKTN), so that a part on its own, or the name written with or without its spaces,
-- still meets it.
CREATE FUNCTION person_name_sounds(name_key text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
  RETURN ARRAY(
    SELECT DISTINCT sound FROM (
      SELECT public.dmetaphone(part) AS sound FROM unnest(regexp_split_to_array(name_key, '[ -]+')) part
      UNION ALL
      SELECT public.dmetaphone(regexp_replace(name_key, '[ -]+', '', 'g'))
    ) sounds
    WHERE sound <> '' ORDER BY sound);

CREATE TABLE household (
  authority_id uuid NOT NULL REFERENCES authority (id),
  id           uuid NOT NULL,
  address_line text CHECK (length(address_line) <= 300),
  postcode     text CHECK (length(postcode) <= 8),
  created_at   timestamptz NOT NULL,
  PRIMARY KEY (authority_id, id)
);
COMMENT ON TABLE household IS
  'People living together at one address, as the council knows them. Case data: row-level '
  'security by authority. Kept while any member''s record is kept.';

CREATE TABLE person (
  authority_id   uuid NOT NULL REFERENCES authority (id),
  id             uuid NOT NULL,
  kind           text NOT NULL CHECK (kind IN ('CHILD', 'ADULT')),
  first_name     text NOT NULL CHECK (length(first_name) <= 100),
  last_name      text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
  other_names    text[] NOT NULL DEFAULT '{}' CHECK (cardinality(other_names) <= 10),
  date_of_birth  date,
  expected_date  date,
  gender         text NOT NULL DEFAULT 'UNKNOWN' CHECK (gender IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
  nhs_number     text CHECK (nhs_number ~ '^[0-9]{10}$'),
  upn            text CHECK (upn ~ '^[A-Z][0-9]{11}[0-9A-Z]$'),
  postcode       text CHECK (length(postcode) <= 8),
  address_line   text CHECK (length(address_line) <= 300),
  household_id   uuid,
  created_at     timestamptz NOT NULL,
  -- Derived for matching, always in step with the columns above.
  first_key      text GENERATED ALWAYS AS (person_name_key(first_name)) STORED,
  last_key       text GENERATED ALWAYS AS (person_name_key(last_name)) STORED,
  name_key       text GENERATED ALWAYS AS (person_name_key(first_name || ' ' || last_name)) STORED,
  first_sounds   text[] GENERATED ALWAYS AS (person_name_sounds(person_name_key(first_name))) STORED,
  last_sounds    text[] GENERATED ALWAYS AS (person_name_sounds(person_name_key(last_name))) STORED,
  birth_year     integer GENERATED ALWAYS AS (extract(year FROM coalesce(date_of_birth, expected_date))::integer) STORED,
  PRIMARY KEY (authority_id, id),
  FOREIGN KEY (authority_id, household_id) REFERENCES household (authority_id, id),
  CHECK (kind = 'CHILD' OR expected_date IS NULL)
);
COMMENT ON TABLE person IS
  'Children (born or expected) and adults known to a council, with identifiers and address. '
  'Case data: row-level security by authority. Kept as long as the longest-kept record about '
  'the person (see retention in the README).';
COMMENT ON COLUMN person.expected_date IS 'Expected date of birth of an unborn child';
COMMENT ON COLUMN person.name_key IS 'person_name_key of the full name: what matching compares';

CREATE INDEX person_nhs_number ON person (authority_id, nhs_number) WHERE nhs_number IS NOT NULL;
CREATE INDEX person_upn ON person (authority_id, upn) WHERE upn IS NOT NULL;
CREATE INDEX person_date_of_birth ON person (authority_id, date_of_birth);
CREATE INDEX person_expected_date ON person (authority_id, expected_date) WHERE expected_date IS NOT NULL;
CREATE INDEX person_postcode_birth_year ON person (authority_id, postcode, birth_year);
CREATE INDEX person_household ON person (authority_id, household_id) WHERE household_id IS NOT NULL;

-- One row for each sound-alike key of each of a person's names (first, last and other names) with
-- the year of birth (0 when not known), so that one index scan finds everyone born in a given year
-- whose first name, surname or a part of either sounds like any name in a probe. That also finds
-- first and last names written the wrong way round. Kept by the triggers below.
CREATE TABLE person_name_sound (
  authority_id uuid NOT NULL,
  sound        text NOT NULL,
  birth_year   integer NOT NULL,
  person_id    uuid NOT NULL,
  PRIMARY KEY (authority_id, sound, birth_year, person_id),
  FOREIGN KEY (authority_id, person_id) REFERENCES person (authority_id, id) ON DELETE CASCADE
);
CREATE INDEX person_name_sound_person ON person_name_sound (authority_id, person_id);
COMMENT ON TABLE person_name_sound IS
  'Sound-alike keys of people''s names with year of birth, for matching; derived from person by '
  'triggers. Case data: row-level security by authority. Kept and deleted with the person.';

CREATE FUNCTION person_name_sound_rows(p person) RETURNS TABLE (sound text)
  LANGUAGE sql STABLE
  RETURN NULL;
DROP FUNCTION person_name_sound_rows(person);

CREATE FUNCTION person_name_sound_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_name_sound (authority_id, sound, birth_year, person_id)
  SELECT DISTINCT n.authority_id, s.sound, coalesce(n.birth_year, 0), n.id
    FROM changed n,
         unnest(n.first_sounds || n.last_sounds
                || ARRAY(SELECT unnest(person_name_sounds(person_name_key(o))) FROM unnest(n.other_names) o)) s (sound);
  RETURN NULL;
END;
$$;

CREATE FUNCTION person_name_sound_forget() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM person_name_sound k USING changed o
   WHERE k.authority_id = o.authority_id AND k.person_id = o.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER person_name_sound_after_insert AFTER INSERT ON person
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION person_name_sound_insert();
CREATE TRIGGER person_name_sound_update_1_forget AFTER UPDATE ON person
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION person_name_sound_forget();
CREATE TRIGGER person_name_sound_update_2_insert AFTER UPDATE ON person
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION person_name_sound_insert();

-- What has happened before: contacts (and whether each fell below the threshold for a referral),
-- referrals, open cases, child in need and child protection plans, periods looked after, LADO
-- involvement. Written by the modules that do that work.
CREATE TABLE person_history (
  authority_id    uuid NOT NULL,
  id              uuid NOT NULL,
  person_id       uuid NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('CONTACT', 'REFERRAL', 'ASSESSMENT', 'OPEN_CASE',
                                                'CIN_PLAN', 'CP_PLAN', 'LOOKED_AFTER', 'LADO', 'EARLY_HELP')),
  reference       text NOT NULL CHECK (length(reference) BETWEEN 1 AND 100),
  started_on      date NOT NULL,
  ended_on        date CHECK (ended_on >= started_on),
  below_threshold boolean NOT NULL DEFAULT false CHECK (NOT below_threshold OR kind = 'CONTACT'),
  summary         text NOT NULL DEFAULT '' CHECK (length(summary) <= 1000),
  PRIMARY KEY (authority_id, id),
  FOREIGN KEY (authority_id, person_id) REFERENCES person (authority_id, id)
);
CREATE INDEX person_history_person ON person_history (authority_id, person_id, started_on);
COMMENT ON TABLE person_history IS
  'A person''s history with children''s services, shown at a glance when a new contact arrives. '
  'Case data: row-level security by authority. Kept with the person''s record.';

-- A worker's decision that a person named in a contact is someone already known (LINKED) or is
-- new (CREATED, with the person made from the contact). Nothing is ever merged without one; the
-- application may add decisions but never change or remove them.
CREATE TABLE person_link (
  authority_id      uuid NOT NULL,
  id                uuid NOT NULL,
  contact_reference text NOT NULL CHECK (length(contact_reference) BETWEEN 1 AND 100),
  person_id         uuid NOT NULL,
  decision          text NOT NULL CHECK (decision IN ('LINKED', 'CREATED')),
  score             integer CHECK (score BETWEEN 0 AND 100),
  reasons           text NOT NULL DEFAULT '' CHECK (length(reasons) <= 2000),
  decided_by        uuid NOT NULL,
  decided_by_name   text NOT NULL CHECK (length(decided_by_name) <= 200),
  decided_at        timestamptz NOT NULL,
  PRIMARY KEY (authority_id, id),
  FOREIGN KEY (authority_id, person_id) REFERENCES person (authority_id, id)
);
CREATE INDEX person_link_contact ON person_link (authority_id, contact_reference);
CREATE INDEX person_link_person ON person_link (authority_id, person_id);
COMMENT ON TABLE person_link IS
  'Who decided that a person in a contact is a known person or a new one, when, and on what '
  'evidence. Append-only. Case data: row-level security by authority. Kept with the person.';
REVOKE UPDATE, DELETE, TRUNCATE ON person_link FROM ${app_role};

DO $do$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['household', 'person', 'person_name_sound', 'person_history', 'person_link'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY %I ON %I
      USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
      WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)$p$,
      t || '_by_authority', t);
  END LOOP;
END
$do$;
