-- A council's own special days on top of bank holidays (issue 19): a closure (the whole day, not a
-- working day, the office shut) or a shorter day (the office closes early, at closes_at; still a
-- working day). WorkingCalendar.forCouncil and the office's open/closed status honour them.
CREATE TABLE authority_special_day (
  authority_id uuid NOT NULL REFERENCES authority (id),
  day          date NOT NULL,
  closes_at    time,
  description  text NOT NULL CHECK (length(description) BETWEEN 1 AND 200),
  by_id        uuid NOT NULL,
  by_name      text NOT NULL CHECK (length(by_name) <= 200),
  at           timestamptz NOT NULL,
  PRIMARY KEY (authority_id, day),
  CHECK (closes_at IS NULL OR closes_at > time '00:00')
);
COMMENT ON TABLE authority_special_day IS
  'A council''s closures (closes_at null) and shorter days. Public information, as its published hours are: every '
  'council''s rows can be read, only the bound council''s written. Kept while the council is served.';
COMMENT ON COLUMN authority_special_day.closes_at IS 'The early close on a shorter day; null on a closure';

ALTER TABLE authority_special_day ENABLE ROW LEVEL SECURITY;
ALTER TABLE authority_special_day FORCE ROW LEVEL SECURITY;
CREATE POLICY authority_special_day_read ON authority_special_day FOR SELECT USING (true);
CREATE POLICY authority_special_day_by_authority ON authority_special_day
  USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
  WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
REVOKE UPDATE, TRUNCATE ON authority_special_day FROM ${app_role};

CREATE TRIGGER authority_special_day_revised AFTER INSERT OR UPDATE OR DELETE ON authority_special_day
  FOR EACH STATEMENT EXECUTE FUNCTION authority_revised();
