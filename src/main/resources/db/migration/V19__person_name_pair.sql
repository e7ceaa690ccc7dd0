-- Matching narrows by first name and surname sounding alike together, not by either alone
-- (ADR 0009). A common surname's sound-alike key with a year of birth brought back thousands of
-- people in a big council, each of whom was then read and compared; the pair of keys for first name
-- and surname, with the year, brings back a handful. A person found by one name alone never scored
-- enough to be shown, so nothing a worker saw is lost. The pair is unordered, so names written the
-- wrong way round still meet. Each row carries the person's name key, so the nearest names are
-- chosen from the index alone and only those people are read.
CREATE TABLE person_name_pair (
  authority_id uuid NOT NULL,
  pair         text NOT NULL,
  birth_year   integer NOT NULL,
  person_id    uuid NOT NULL,
  name_key     text NOT NULL,
  PRIMARY KEY (authority_id, pair, birth_year, person_id) INCLUDE (name_key),
  FOREIGN KEY (authority_id, person_id) REFERENCES person (authority_id, id) ON DELETE CASCADE
);
CREATE INDEX person_name_pair_person ON person_name_pair (authority_id, person_id);
COMMENT ON TABLE person_name_pair IS
  'Unordered pairs of sound-alike keys of a person''s first name (or other names) and surname (or '
  'other names), with year of birth (0 when not known) and the full name key, for matching; '
  'derived from person by triggers. Case data: row-level security by authority. Kept and deleted '
  'with the person.';

ALTER TABLE person_name_pair ENABLE ROW LEVEL SECURITY;
ALTER TABLE person_name_pair FORCE ROW LEVEL SECURITY;
CREATE POLICY person_name_pair_by_authority ON person_name_pair
  USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
  WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);

-- A person's pair keys: each sound-alike key of the first name with each key of the surname, the
-- smaller first, joined by '+'. Other names (aliases, former surnames, names they are known by)
-- may stand for either.
CREATE FUNCTION person_name_pairs(first_sounds text[], last_sounds text[], other_names text[]) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN ARRAY(
    WITH other AS (SELECT ARRAY(SELECT unnest(person_name_sounds(person_name_key(o))) FROM unnest(other_names) o) AS sounds)
    SELECT DISTINCT least(f, l) || '+' || greatest(f, l)
      FROM other, unnest(first_sounds || other.sounds) f, unnest(last_sounds || other.sounds) l);

DROP TRIGGER person_name_sound_after_insert ON person;
DROP TRIGGER person_name_sound_update_1_forget ON person;
DROP TRIGGER person_name_sound_update_2_insert ON person;
DROP FUNCTION person_name_sound_insert();
DROP FUNCTION person_name_sound_forget();
DROP TABLE person_name_sound;

CREATE FUNCTION person_name_pair_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_name_pair (authority_id, pair, birth_year, person_id, name_key)
  SELECT n.authority_id, p.pair, coalesce(n.birth_year, 0), n.id, n.name_key
    FROM changed n, unnest(person_name_pairs(n.first_sounds, n.last_sounds, n.other_names)) p (pair);
  RETURN NULL;
END;
$$;

CREATE FUNCTION person_name_pair_forget() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM person_name_pair k USING changed o
   WHERE k.authority_id = o.authority_id AND k.person_id = o.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER person_name_pair_after_insert AFTER INSERT ON person
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION person_name_pair_insert();
CREATE TRIGGER person_name_pair_update_1_forget AFTER UPDATE ON person
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION person_name_pair_forget();
CREATE TRIGGER person_name_pair_update_2_insert AFTER UPDATE ON person
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION person_name_pair_insert();

-- People already known: their pairs, council by council (row-level security applies to a table's
-- owner too).
DO $do$
DECLARE
  council uuid;
BEGIN
  FOR council IN SELECT id FROM authority LOOP
    PERFORM set_config('app.authority_id', council::text, true);
    INSERT INTO person_name_pair (authority_id, pair, birth_year, person_id, name_key)
    SELECT n.authority_id, p.pair, coalesce(n.birth_year, 0), n.id, n.name_key
      FROM person n, unnest(person_name_pairs(n.first_sounds, n.last_sounds, n.other_names)) p (pair)
     WHERE n.authority_id = council;
  END LOOP;
  PERFORM set_config('app.authority_id', '', true);
END
$do$;

-- Dates of birth with the name key beside them, so the date-of-birth branch of matching is read
-- from the index alone.
DROP INDEX person_date_of_birth;
CREATE INDEX person_date_of_birth ON person (authority_id, date_of_birth) INCLUDE (id, name_key);
