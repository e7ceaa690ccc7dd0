-- Information requests from the MASH to partner agencies: for a person in a contact, what does the
-- police, health or education (or another agency) hold? Each has a deadline set by the contact's
-- urgency; a partner practitioner sees only the requests addressed to their agency, and only the
-- minimum about the person needed to search their own records.
CREATE TABLE partner_agency (
  authority_id uuid NOT NULL REFERENCES authority (id),
  agency       text NOT NULL CHECK (agency IN ('POLICE', 'HEALTH', 'EDUCATION', 'PROBATION')),
  name         text NOT NULL CHECK (length(name) <= 200),
  -- The agency's nominated lead, told when a request is overdue.
  lead_email   text CHECK (length(lead_email) <= 320),
  PRIMARY KEY (authority_id, agency)
);
COMMENT ON TABLE partner_agency IS 'The partner agencies each council''s MASH asks for information.';

-- Working time a partner has to answer, by the contact's urgency; councils may set their own.
CREATE TABLE information_request_deadline (
  authority_id uuid NOT NULL REFERENCES authority (id),
  rag          text NOT NULL CHECK (rag IN ('RED', 'AMBER', 'GREEN')),
  working_time interval NOT NULL CHECK (working_time > interval '0'),
  -- Whole working days (by the calendar's day convention) rather than hours of open office.
  in_days      boolean NOT NULL,
  PRIMARY KEY (authority_id, rag)
);

CREATE TABLE information_request (
  authority_id      uuid NOT NULL,
  id                uuid NOT NULL,
  contact_id        uuid NOT NULL,
  agency            text NOT NULL,
  person_name       text NOT NULL CHECK (length(person_name) <= 300),
  person_born       text CHECK (length(person_born) <= 100),
  person_address    text CHECK (length(person_address) <= 500),
  person_nhs_number text CHECK (length(person_nhs_number) <= 20),
  question          text NOT NULL CHECK (length(question) BETWEEN 1 AND 2000),
  requested_by      uuid NOT NULL,
  requested_by_name text NOT NULL CHECK (length(requested_by_name) <= 200),
  requested_at      timestamptz NOT NULL,
  due_at            timestamptz NOT NULL,
  answered_at       timestamptz,
  answered_by       uuid,
  answered_by_name  text CHECK (length(answered_by_name) <= 200),
  nothing_known     boolean,
  answer            text CHECK (length(answer) <= 10000),
  escalated_at      timestamptz,
  PRIMARY KEY (authority_id, id),
  FOREIGN KEY (authority_id, contact_id) REFERENCES mash_contact (authority_id, id),
  FOREIGN KEY (authority_id, agency) REFERENCES partner_agency (authority_id, agency),
  CHECK ((answered_at IS NULL) = (answered_by IS NULL))
);
CREATE INDEX information_request_by_agency ON information_request (authority_id, agency, answered_at, due_at);
CREATE INDEX information_request_by_contact ON information_request (authority_id, contact_id);
CREATE INDEX information_request_overdue ON information_request (due_at)
  WHERE answered_at IS NULL AND escalated_at IS NULL;
COMMENT ON TABLE information_request IS
  'Questions to partner agencies about people in MASH contacts, and their answers. Case data: '
  'row-level security by authority.';

ALTER TABLE information_request ENABLE ROW LEVEL SECURITY;
ALTER TABLE information_request FORCE ROW LEVEL SECURITY;
CREATE POLICY information_request_by_authority ON information_request
  USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
  WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
-- Requests are answered, never removed; agencies and deadlines are the council's configuration.
REVOKE DELETE, TRUNCATE ON information_request FROM ${app_role};
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON partner_agency, information_request_deadline FROM ${app_role};
