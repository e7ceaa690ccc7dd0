-- Every change of a referral's status, as its referrer sees it (received, being looked at,
-- decided): who, when, from, to, by which command and why (ADR 0013). Written, never rewritten.
CREATE TABLE referral_status_change (
  authority_id uuid NOT NULL,
  referral_id  uuid NOT NULL,
  seq          integer NOT NULL,
  at           timestamptz NOT NULL,
  from_status  text CHECK (from_status IN ('RECEIVED', 'IN_TRIAGE', 'DECIDED', 'CLOSED')),
  to_status    text NOT NULL CHECK (to_status IN ('RECEIVED', 'IN_TRIAGE', 'DECIDED', 'CLOSED')),
  command      text CHECK (length(command) <= 100),
  actor_id     uuid NOT NULL,
  actor_name   text NOT NULL CHECK (length(actor_name) <= 200),
  reason       text NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
  PRIMARY KEY (authority_id, referral_id, seq),
  FOREIGN KEY (authority_id, referral_id) REFERENCES referral (authority_id, id),
  -- Only the arrival has no command.
  CHECK ((from_status IS NULL) = (command IS NULL))
);
COMMENT ON TABLE referral_status_change IS
  'Status history of referrals. Case data: row-level security by authority. Kept as long as the referral.';

ALTER TABLE referral_status_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE referral_status_change FORCE ROW LEVEL SECURITY;
CREATE POLICY referral_status_change_by_authority ON referral_status_change
  USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
  WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);

-- Referrals received before history was kept start theirs here, in the status they have now.
INSERT INTO referral_status_change (authority_id, referral_id, seq, at, from_status, to_status, command,
    actor_id, actor_name, reason)
SELECT authority_id, id, 1, CASE WHEN status = 'RECEIVED' THEN submitted_at ELSE now() END, NULL, status,
       NULL, '00000000-0000-0000-0000-000000000000', 'Front Door',
       CASE WHEN status = 'RECEIVED' THEN 'Received' ELSE 'Status when its history began' END
FROM referral;

-- History is written, never rewritten.
REVOKE UPDATE, DELETE, TRUNCATE ON referral_status_change FROM ${app_role};
