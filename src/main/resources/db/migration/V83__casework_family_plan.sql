-- Family Help's family plan (issue 15): at the early help level, led by the episode's lead
-- practitioner, with what the family and the practitioner agreed; reviewed at the council's
-- frequency and ended like a child in need plan, so it is a plan of another kind in the same
-- tables (V82).
ALTER TABLE casework_plan DROP CONSTRAINT casework_plan_kind_check;
ALTER TABLE casework_plan ADD CONSTRAINT casework_plan_kind_check CHECK (kind IN ('CHILD_IN_NEED', 'FAMILY'));
ALTER TABLE casework_plan ADD COLUMN agreed text CHECK (length(agreed) BETWEEN 1 AND 10000);
-- A family plan says what was agreed; a child in need plan's content lives in its reviews.
ALTER TABLE casework_plan ADD CONSTRAINT casework_plan_agreed CHECK ((kind = 'FAMILY') = (agreed IS NOT NULL));
COMMENT ON TABLE casework_plan IS
  'Plans on casework episodes: child in need plans and Family Help family plans. Case data: row-level security by '
  'authority. Kept as long as the episode.';
