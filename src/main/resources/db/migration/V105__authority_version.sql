-- A council's details edited in the product (issue 19): each change is a version on top of the
-- council's document in authority, holding the parts of the document it changes (top-level keys,
-- such as officeHours or teams), in effect from a moment (now, or scheduled ahead) until a later
-- version changes the same part. A scheduled version can be withdrawn before it starts; nothing
-- else about a version changes, and none is deleted. ADR 0018.
CREATE TABLE authority_version (
  authority_id      uuid NOT NULL REFERENCES authority (id),
  id                bigint GENERATED ALWAYS AS IDENTITY,
  what              text NOT NULL CHECK (length(what) BETWEEN 1 AND 200),
  changes           jsonb NOT NULL CHECK (jsonb_typeof(changes) = 'object'),
  effective_from    timestamptz NOT NULL,
  reason            text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  by_id             uuid NOT NULL,
  by_name           text NOT NULL CHECK (length(by_name) <= 200),
  at                timestamptz NOT NULL,
  withdrawn_at      timestamptz,
  withdrawn_by_id   uuid,
  withdrawn_by_name text CHECK (length(withdrawn_by_name) <= 200),
  PRIMARY KEY (authority_id, id),
  CHECK ((withdrawn_at IS NULL) = (withdrawn_by_id IS NULL) AND (withdrawn_at IS NULL) = (withdrawn_by_name IS NULL)),
  CHECK (withdrawn_at IS NULL OR withdrawn_at <= effective_from)
);
CREATE INDEX authority_version_effective ON authority_version (effective_from) WHERE withdrawn_at IS NULL;
COMMENT ON TABLE authority_version IS
  'Versions of a council''s published details (AuthorityDocument parts) with the moment each takes effect, who made it '
  'and why. Public information: every council''s rows can be read (the public pages of every council need them), only '
  'the bound council''s written. Kept while the council is served.';

ALTER TABLE authority_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE authority_version FORCE ROW LEVEL SECURITY;
CREATE POLICY authority_version_read ON authority_version FOR SELECT USING (true);
CREATE POLICY authority_version_by_authority ON authority_version
  USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
  WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
REVOKE UPDATE, DELETE, TRUNCATE ON authority_version FROM ${app_role};
GRANT UPDATE (withdrawn_at, withdrawn_by_id, withdrawn_by_name) ON authority_version TO ${app_role};

-- One number that changes whenever any council's configuration does (its document, a version, a
-- special day, the bank holidays), so each node can tell with one cheap read whether what it keeps
-- is still current (JdbcAuthorities).
CREATE TABLE authority_revision (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  revision bigint NOT NULL
);
INSERT INTO authority_revision VALUES (true, 1);
COMMENT ON TABLE authority_revision IS 'Counts changes to councils'' configuration; one row. Not personal data.';
REVOKE INSERT, DELETE, TRUNCATE ON authority_revision FROM ${app_role};

CREATE FUNCTION authority_revised() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE authority_revision SET revision = revision + 1;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER authority_revised AFTER INSERT OR UPDATE OR DELETE ON authority
  FOR EACH STATEMENT EXECUTE FUNCTION authority_revised();
CREATE TRIGGER authority_version_revised AFTER INSERT OR UPDATE OR DELETE ON authority_version
  FOR EACH STATEMENT EXECUTE FUNCTION authority_revised();
