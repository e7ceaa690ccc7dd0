-- One way to put a council's case tables under row-level security, for the migrations that follow
-- (earlier ones spell the same out each time): enabled and forced, so that even the tables' owner
-- reads only the council the transaction is bound to (Tenancy sets app.authority_id).
CREATE FUNCTION isolate_by_authority(VARIADIC tables text[]) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY tables LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY %I ON %I
      USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
      WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)$p$,
      t || '_by_authority', t);
  END LOOP;
END
$fn$;
REVOKE ALL ON FUNCTION isolate_by_authority(text[]) FROM PUBLIC;
