-- Family group decision-making and pre-proceedings on a child's episode (issue 16; Children's
-- Wellbeing and Schools Act 2026, s.1; the CIN census 2026-27's pre-proceedings block): the offer of
-- a family group decision-making (FGDM) meeting (when, accepted or declined), the meeting (when, its
-- outcome), the letter before proceedings (when, and whether it carried the FGDM offer), the
-- pre-proceedings meetings and the decisions (issue care proceedings, continue, end with a reason).
-- A decision to issue care proceedings needs an FGDM meeting offered (s.1). Its status, the latest
-- step, moves by PreProceedingsStatus.WORKFLOW, each move in casework_pre_proceedings_status_change
-- (ADR 0013). The service keeps one unfinished record an episode.
CREATE TABLE casework_pre_proceedings (
  authority_id   uuid NOT NULL,
  id             uuid NOT NULL,
  episode_id     uuid NOT NULL,
  status         text NOT NULL CHECK (status IN ('NOT_STARTED', 'FGDM_OFFERED', 'FGDM_HELD', 'LETTER_SENT', 'PRE_PROCEEDINGS',
                                                 'PROCEEDINGS_ISSUED', 'ENDED')),
  fgdm_offered_on date,
  fgdm_accepted  boolean,
  fgdm_held_on   date,
  fgdm_outcome   text CHECK (length(fgdm_outcome) BETWEEN 1 AND 10000),
  letter_sent_on date,
  letter_includes_fgdm_offer boolean,
  started_by_id   uuid NOT NULL,
  started_by_name text NOT NULL CHECK (length(started_by_name) <= 200),
  created_at     timestamptz NOT NULL,
  PRIMARY KEY (authority_id, id),
  FOREIGN KEY (authority_id, episode_id) REFERENCES casework_episode (authority_id, id),
  CHECK ((fgdm_offered_on IS NULL) = (fgdm_accepted IS NULL)),
  CHECK ((fgdm_held_on IS NULL) = (fgdm_outcome IS NULL)),
  CHECK (fgdm_held_on IS NULL OR (fgdm_accepted AND fgdm_held_on >= fgdm_offered_on)),
  CHECK ((letter_sent_on IS NULL) = (letter_includes_fgdm_offer IS NULL))
);
CREATE INDEX casework_pre_proceedings_episode ON casework_pre_proceedings (authority_id, episode_id);
COMMENT ON TABLE casework_pre_proceedings IS
  'Family group decision-making and pre-proceedings on casework episodes. Case data: row-level security by authority. Kept as long as the episode.';

CREATE TABLE casework_pre_proceedings_meeting (
  authority_id       uuid NOT NULL,
  pre_proceedings_id uuid NOT NULL,
  seq                integer NOT NULL,
  held_on            date NOT NULL,
  by_id              uuid NOT NULL,
  by_name            text NOT NULL CHECK (length(by_name) <= 200),
  at                 timestamptz NOT NULL,
  PRIMARY KEY (authority_id, pre_proceedings_id, seq),
  FOREIGN KEY (authority_id, pre_proceedings_id) REFERENCES casework_pre_proceedings (authority_id, id)
);
COMMENT ON TABLE casework_pre_proceedings_meeting IS
  'Pre-proceedings meetings. Case data: row-level security by authority. Kept as long as the episode.';

CREATE TABLE casework_pre_proceedings_decision (
  authority_id       uuid NOT NULL,
  pre_proceedings_id uuid NOT NULL,
  seq                integer NOT NULL,
  decided_on         date NOT NULL,
  decision           text NOT NULL CHECK (decision IN ('ISSUE_CARE_PROCEEDINGS', 'CONTINUE_PRE_PROCEEDINGS', 'END_PRE_PROCEEDINGS')),
  reason             text CHECK (length(reason) BETWEEN 1 AND 2000),
  by_id              uuid NOT NULL,
  by_name            text NOT NULL CHECK (length(by_name) <= 200),
  at                 timestamptz NOT NULL,
  PRIMARY KEY (authority_id, pre_proceedings_id, seq),
  FOREIGN KEY (authority_id, pre_proceedings_id) REFERENCES casework_pre_proceedings (authority_id, id),
  CHECK (decision <> 'END_PRE_PROCEEDINGS' OR reason IS NOT NULL)
);
COMMENT ON TABLE casework_pre_proceedings_decision IS
  'Decisions in pre-proceedings. Case data: row-level security by authority. Kept as long as the episode.';

CREATE TABLE casework_pre_proceedings_status_change (
  authority_id       uuid NOT NULL,
  pre_proceedings_id uuid NOT NULL,
  seq                integer NOT NULL,
  at                 timestamptz NOT NULL,
  from_status        text,
  to_status          text NOT NULL,
  command            text CHECK (length(command) <= 100),
  actor_id           uuid NOT NULL,
  actor_name         text NOT NULL CHECK (length(actor_name) <= 200),
  reason             text NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
  PRIMARY KEY (authority_id, pre_proceedings_id, seq),
  FOREIGN KEY (authority_id, pre_proceedings_id) REFERENCES casework_pre_proceedings (authority_id, id),
  CHECK ((from_status IS NULL) = (command IS NULL))
);
COMMENT ON TABLE casework_pre_proceedings_status_change IS
  'Status history of pre-proceedings. Case data: row-level security by authority. Kept as long as the episode.';

SELECT isolate_by_authority('casework_pre_proceedings', 'casework_pre_proceedings_meeting', 'casework_pre_proceedings_decision',
  'casework_pre_proceedings_status_change');

REVOKE UPDATE, DELETE, TRUNCATE ON casework_pre_proceedings_meeting, casework_pre_proceedings_decision,
  casework_pre_proceedings_status_change FROM ${app_role};
REVOKE DELETE, TRUNCATE ON casework_pre_proceedings FROM ${app_role};
