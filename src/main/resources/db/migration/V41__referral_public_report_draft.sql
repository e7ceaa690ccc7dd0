-- What a member of the public has typed so far in a report (the public form and the short
-- routes), kept here rather than in their session so that the council's row-level security
-- applies to it like any case record. The session holds only the draft's id. A draft is deleted
-- once it has been idle for the stated time (2 hours by default), and when it is sent.
CREATE TABLE public_report_draft (
  authority_id uuid NOT NULL REFERENCES authority (id),
  id           uuid NOT NULL,
  content      bytea NOT NULL CHECK (length(content) <= 16777216),
  updated_at   timestamptz NOT NULL,
  PRIMARY KEY (authority_id, id)
);
CREATE INDEX public_report_draft_idle ON public_report_draft (authority_id, updated_at);
COMMENT ON TABLE public_report_draft IS
  'Public reports being written: children''s names, what happened. Case data: row-level security '
  'by authority. Deleted after 2 hours idle (frontdoor.referral.public-draft-idle).';
ALTER TABLE public_report_draft ENABLE ROW LEVEL SECURITY;
ALTER TABLE public_report_draft FORCE ROW LEVEL SECURITY;
CREATE POLICY public_report_draft_by_authority ON public_report_draft
  USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
  WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);

COMMENT ON TABLE professional_draft IS
  'Referrals being written by professionals. Case data: row-level security by authority. A draft, '
  'sent or not, is deleted 30 days after its last change.';
COMMENT ON TABLE professional_sign_in_code IS
  'One-time sign-in codes (hash only), valid 15 minutes, 5 attempts. Deleted after a day.';
