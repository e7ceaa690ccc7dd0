-- A council administrator now sets the MASH's partner agencies, their nominated leads and the
-- deadlines for partners' answers. Each council sees and changes only its own rows, so these
-- tables are bound by row-level security like the case data. (A migration that writes them as an
-- owner without BYPASSRLS must set app.authority_id first; the embedded superuser is not bound.)
COMMENT ON TABLE information_request_deadline IS
  'Working time a partner agency has to answer the MASH, by the contact''s urgency, where a council '
  'has changed the default; no row means the default. Set by the council''s administrator.';

DO $do$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['partner_agency', 'information_request_deadline'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY %I ON %I
      USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
      WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)$p$,
      t || '_by_authority', t);
  END LOOP;
END
$do$;

GRANT INSERT, UPDATE ON partner_agency, information_request_deadline TO ${app_role};
-- Removing a council's deadline goes back to the default. Agencies are never removed: requests
-- refer to them.
GRANT DELETE ON information_request_deadline TO ${app_role};
