-- The MASH decision: a worker records the threshold level, rationale, outcome and next steps; a
-- manager who did not make it authorises it (or returns it with a reason). Every change of a
-- contact's status is kept: who, when, from, to and why.
ALTER TABLE mash_contact DROP CONSTRAINT mash_contact_status_check;
ALTER TABLE mash_contact ADD CONSTRAINT mash_contact_status_check
  CHECK (status IN ('NEW', 'IN_TRIAGE', 'AWAITING_AUTHORISATION', 'AUTHORISED'));

CREATE TABLE mash_status_change (
  authority_id uuid NOT NULL,
  contact_id   uuid NOT NULL,
  seq          integer NOT NULL,
  at           timestamptz NOT NULL,
  from_status  text,  -- null for the contact's arrival
  to_status    text NOT NULL,
  actor_id     uuid NOT NULL,
  actor_name   text NOT NULL CHECK (length(actor_name) <= 200),
  reason       text NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
  PRIMARY KEY (authority_id, contact_id, seq),
  FOREIGN KEY (authority_id, contact_id) REFERENCES mash_contact (authority_id, id)
);
COMMENT ON TABLE mash_status_change IS
  'Status history of MASH contacts. Case data: row-level security by authority.';

CREATE TABLE mash_decision (
  authority_id       uuid NOT NULL,
  contact_id         uuid NOT NULL,
  threshold_level    integer NOT NULL CHECK (threshold_level BETWEEN 1 AND 4),
  rationale          text NOT NULL CHECK (length(rationale) BETWEEN 1 AND 5000),
  outcome            text NOT NULL CHECK (outcome IN ('NO_FURTHER_ACTION', 'ADVICE_AND_SIGNPOSTING',
                       'EARLY_HELP', 'CHILD_AND_FAMILY_ASSESSMENT', 'STRATEGY_DISCUSSION',
                       'IMMEDIATE_PROTECTION', 'OPEN_CASE', 'LADO')),
  next_steps         text NOT NULL CHECK (length(next_steps) BETWEEN 1 AND 5000),
  decided_by         uuid NOT NULL,
  decided_by_name    text NOT NULL CHECK (length(decided_by_name) <= 200),
  decided_at         timestamptz NOT NULL,
  authorised_by      uuid,
  authorised_by_name text CHECK (length(authorised_by_name) <= 200),
  authorised_at      timestamptz,
  PRIMARY KEY (authority_id, contact_id),
  FOREIGN KEY (authority_id, contact_id) REFERENCES mash_contact (authority_id, id),
  -- Nobody authorises their own decision.
  CHECK (authorised_by IS NULL OR authorised_by <> decided_by)
);
COMMENT ON TABLE mash_decision IS
  'MASH decisions and their authorisation. Case data: row-level security by authority.';

ALTER TABLE mash_status_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE mash_status_change FORCE ROW LEVEL SECURITY;
CREATE POLICY mash_status_change_by_authority ON mash_status_change
  USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
  WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
ALTER TABLE mash_decision ENABLE ROW LEVEL SECURITY;
ALTER TABLE mash_decision FORCE ROW LEVEL SECURITY;
CREATE POLICY mash_decision_by_authority ON mash_decision
  USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
  WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);

-- Contacts that arrived before history was kept start theirs here.
INSERT INTO mash_status_change (authority_id, contact_id, seq, at, from_status, to_status, actor_id,
    actor_name, reason)
SELECT authority_id, id, 1, received_at, NULL, status, '00000000-0000-0000-0000-000000000000',
       'Front Door', 'Received'
FROM mash_contact;

-- History is written, never rewritten.
REVOKE UPDATE, DELETE, TRUNCATE ON mash_status_change FROM ${app_role};
