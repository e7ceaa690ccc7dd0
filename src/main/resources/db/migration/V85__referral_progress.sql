-- What the council's work after its decision has reached, for the referrer (issue 15): each step
-- once, when casework reaches it ("assessment started", "assessment completed"), never the family's
-- details. Read by the professional's list and the partner API.
CREATE TABLE referral_progress (
  authority_id uuid NOT NULL,
  referral_id  uuid NOT NULL,
  step         text NOT NULL CHECK (step IN ('ASSESSMENT_STARTED', 'ASSESSMENT_COMPLETED')),
  at           timestamptz NOT NULL,
  PRIMARY KEY (authority_id, referral_id, step),
  FOREIGN KEY (authority_id, referral_id) REFERENCES referral (authority_id, id)
);
COMMENT ON TABLE referral_progress IS
  'Steps reached after the decision on referrals, as their referrers see them. Row-level security by authority. Kept as long as the referral.';

SELECT isolate_by_authority('referral_progress');

REVOKE UPDATE, DELETE, TRUNCATE ON referral_progress FROM ${app_role};
