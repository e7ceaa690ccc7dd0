-- The strands of an allegation being managed (issue 17): the police investigation, the section 47
-- enquiry for the child and the employer's own process, each tracked apart with its outcome
-- (Keeping Children Safe in Education, Part 4). One strand of each kind per allegation. Its status
-- moves by StrandStatus.WORKFLOW, each move in lado_strand_status_change (ADR 0013).
CREATE TABLE lado_strand (
  authority_id  uuid NOT NULL,
  id            uuid NOT NULL,
  allegation_id uuid NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('POLICE', 'SECTION_47', 'EMPLOYER')),
  status        text NOT NULL CHECK (status IN ('OPEN', 'CONCLUDED')),
  started_on    date NOT NULL,
  concluded_on  date,
  outcome       text CHECK (length(outcome) <= 100),
  notes         text CHECK (length(notes) <= 5000),
  started_by_name text NOT NULL CHECK (length(started_by_name) <= 200),
  PRIMARY KEY (authority_id, id),
  UNIQUE (authority_id, allegation_id, kind),
  FOREIGN KEY (authority_id, allegation_id) REFERENCES lado_allegation (authority_id, id),
  CHECK ((concluded_on IS NULL) = (outcome IS NULL)),
  CHECK (concluded_on IS NULL OR concluded_on >= started_on)
);
COMMENT ON TABLE lado_strand IS
  'Strands (police, section 47, employer) of LADO allegations. Case data: row-level security by authority. Kept as long as the allegation.';

CREATE TABLE lado_strand_status_change (
  authority_id uuid NOT NULL,
  strand_id    uuid NOT NULL,
  seq          integer NOT NULL,
  at           timestamptz NOT NULL,
  from_status  text CHECK (from_status IN ('OPEN', 'CONCLUDED')),
  to_status    text NOT NULL CHECK (to_status IN ('OPEN', 'CONCLUDED')),
  command      text CHECK (length(command) <= 100),
  actor_id     uuid NOT NULL,
  actor_name   text NOT NULL CHECK (length(actor_name) <= 200),
  reason       text NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
  PRIMARY KEY (authority_id, strand_id, seq),
  FOREIGN KEY (authority_id, strand_id) REFERENCES lado_strand (authority_id, id),
  CHECK ((from_status IS NULL) = (command IS NULL))
);
COMMENT ON TABLE lado_strand_status_change IS
  'Status history of LADO allegation strands. Case data: row-level security by authority. Kept as long as the allegation.';

SELECT isolate_by_authority('lado_strand', 'lado_strand_status_change');

REVOKE UPDATE, DELETE, TRUNCATE ON lado_strand_status_change FROM ${app_role};
