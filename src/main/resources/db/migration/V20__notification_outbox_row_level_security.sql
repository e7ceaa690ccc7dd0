-- The outbox holds recipients' addresses and what their emails say (names, references, sign-in
-- codes): one council's personal data, fenced by row-level security like its case records. Every
-- message already belongs to a council (authority_id has been NOT NULL since V4), so no row is
-- left unseen. The drainer now works council by council, each in a transaction bound to it.
ALTER TABLE notification_outbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification_outbox FORCE ROW LEVEL SECURITY;
CREATE POLICY notification_outbox_by_authority ON notification_outbox
  USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
  WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);

COMMENT ON TABLE notification_outbox IS
  'Emails waiting to be sent or sent (kept 90 days after sending). Holds addresses and references, '
  'never a child''s details. Row-level security by authority.';
