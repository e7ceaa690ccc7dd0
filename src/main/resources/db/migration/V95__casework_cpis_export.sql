-- Exports to NHS England's Child Protection – Information Sharing service (CP-IS, issue 16): each
-- download of the council's list of children on a child protection plan (or whose plan ended in
-- the last 12 months) is recorded, who and when, with what was sent for each plan, so that the next
-- export can say what is new or changed since. Written once, never rewritten.
CREATE TABLE casework_cpis_export (
  authority_id uuid NOT NULL,
  id           uuid NOT NULL,
  -- The council's exports in order, 1 the first (two can share a moment).
  seq          integer NOT NULL CHECK (seq >= 1),
  -- Every plan that could be sent (ALL), or only those new or changed since the last export (CHANGES).
  kind         text NOT NULL CHECK (kind IN ('ALL', 'CHANGES')),
  at           timestamptz NOT NULL,
  by_id        uuid NOT NULL,
  by_name      text NOT NULL CHECK (length(by_name) <= 200),
  -- The council's contact for the responsible team, as sent.
  contact      text NOT NULL CHECK (length(contact) BETWEEN 1 AND 500),
  lines        integer NOT NULL CHECK (lines >= 0),
  PRIMARY KEY (authority_id, id),
  UNIQUE (authority_id, seq)
);
COMMENT ON TABLE casework_cpis_export IS
  'Exports of child protection plans for CP-IS. Case data: row-level security by authority. Kept as long as the episodes.';

-- What one export sent for each plan.
CREATE TABLE casework_cpis_export_line (
  authority_id uuid NOT NULL,
  export_id    uuid NOT NULL,
  plan_id      uuid NOT NULL,
  nhs_number   text NOT NULL CHECK (nhs_number ~ '^[0-9]{10}$'),
  -- The child's date of birth, or for an unborn child's plan the expected date.
  born_on      date NOT NULL,
  plan_type    text NOT NULL CHECK (plan_type IN ('CPP', 'UCPP')),
  started_on   date NOT NULL,
  ended_on     date,
  -- Against the export before: NEW, CHANGED, ENDED, or UNCHANGED (sent again in a whole export).
  change       text NOT NULL CHECK (change IN ('NEW', 'CHANGED', 'ENDED', 'UNCHANGED')),
  PRIMARY KEY (authority_id, export_id, plan_id),
  FOREIGN KEY (authority_id, export_id) REFERENCES casework_cpis_export (authority_id, id),
  FOREIGN KEY (authority_id, plan_id) REFERENCES casework_protection_plan (authority_id, id),
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX casework_cpis_export_line_plan ON casework_cpis_export_line (authority_id, plan_id);
COMMENT ON TABLE casework_cpis_export_line IS
  'What each CP-IS export sent for each child protection plan. Case data: row-level security by authority.';

SELECT isolate_by_authority('casework_cpis_export', 'casework_cpis_export_line');

REVOKE UPDATE, DELETE, TRUNCATE ON casework_cpis_export, casework_cpis_export_line FROM ${app_role};
