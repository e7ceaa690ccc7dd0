-- A name's key took accents off only the letters listed in V13, so a name written with others
-- (Romanian ș and ț with a comma below, Vietnamese letters with two marks, Icelandic ð, or any
-- letter typed as a plain letter followed by a combining mark) lost the letter altogether:
-- "Ștefan" was stored as "tefan" while Java searched for "stefan", and he was never found. Now the
-- database does what PersonNames.key does, step for step: lower case; the letters that carry no
-- separable mark spelt out (ß ss, æ ae, œ oe, þ th, ð đ d, ħ h, ı i, ŀ ł l, ø o, ŧ t); every
-- letter split into its base letter and marks (Unicode NFD) and the combining marks dropped;
-- apostrophes and dots dropped; hyphens kept; anything else one space. PersonNameKeyIT compares
-- the two over real names from the languages families in England speak.
CREATE OR REPLACE FUNCTION person_name_key(name text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
  RETURN btrim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
           normalize(
             replace(replace(replace(replace(
               translate(lower(name), 'ðđħıŀłøŧ', 'ddhillot'),
               'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'), 'þ', 'th'),
             NFD),
           '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g'),
           '[''’‘`.]', '', 'g'), '[^a-z-]+', ' ', 'g'), '\s*-\s*', '-', 'g'), ' -');

-- The keys stored for people already known are made again with the new function (an update
-- recomputes the generated columns, and the triggers of V19 their name pairs), council by council,
-- since row-level security applies to a table's owner too.
DO $do$
DECLARE
  council uuid;
BEGIN
  FOR council IN SELECT id FROM authority LOOP
    PERFORM set_config('app.authority_id', council::text, true);
    UPDATE person SET first_name = first_name WHERE authority_id = council;
  END LOOP;
  PERFORM set_config('app.authority_id', '', true);
END
$do$;
