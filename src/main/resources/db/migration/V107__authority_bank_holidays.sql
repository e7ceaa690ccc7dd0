-- Newer copies of GOV.UK's bank-holidays.json (issue 19), uploaded by an administrator or fetched
-- from a configured address; the latest one is used, and the file shipped with the application
-- where there is none. Each copy is kept as it came, after checking. National data: no council's.
CREATE TABLE authority_bank_holidays (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  content      text NOT NULL CHECK (length(content) <= 1000000),
  source       text NOT NULL CHECK (source IN ('UPLOAD', 'FETCH')),
  last_holiday date NOT NULL,
  by_id        uuid,
  by_name      text CHECK (length(by_name) <= 200),
  at           timestamptz NOT NULL
);
COMMENT ON TABLE authority_bank_holidays IS
  'Copies of GOV.UK''s bank holidays file (England and Wales checked), the latest in use. Not personal data but for '
  'the uploader''s name. Append-only.';
REVOKE UPDATE, DELETE, TRUNCATE ON authority_bank_holidays FROM ${app_role};

CREATE TRIGGER authority_bank_holidays_revised AFTER INSERT OR DELETE ON authority_bank_holidays
  FOR EACH STATEMENT EXECUTE FUNCTION authority_revised();
