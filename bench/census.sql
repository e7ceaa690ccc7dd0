-- Synthetic casework for bench/census: :children children in one council (:authority, Oxfordshire's
-- row with none of its demo casework), each with one
-- episode at child in need referred on a day of the collection year 2025-26 (1 April 2025 to
-- 31 March 2026), census details recorded, and the casework events a year brings, in shapes that
-- obey the tables' checks (V75-V99):
--   every child: a child and family assessment, authorised 10 to 44 days after it started;
--   3 in 5 episodes closed (RC1-RC8) after their assessment, some after the year's end;
--   2 in 5 (n % 5 = 1 ended with the closure, n % 5 = 3 open): a child in need plan from the
--     assessment's end, a review 80 days in where it lasted that long, and four visits;
--   1 in 5 (n % 5 = 4, open): a strategy discussion and a section 47 enquiry; half of those
--     (n % 10 = 4) to an initial conference 14 days in that starts a child protection plan, reviewed
--     at 90 and 270 days where that falls by 30 June 2026, with four visits; 1 in 8 of the plans ended.
-- Children: born 2009 to 2024, 1 in 50 unborn with an expected date. Deterministic: made from n.
SET max_parallel_workers_per_gather = 0;

CREATE TEMP TABLE bench_child AS
SELECT n,
       ('00000000-0000-4000-9001-' || lpad(n::text, 12, '0'))::uuid AS episode_id,
       referral,
       referral + n % 3 AS assessed_from,
       referral + n % 3 + 10 + n % 35 AS assessed_on,
       CASE WHEN n % 5 IN (0, 1, 2) THEN referral + n % 3 + 10 + n % 35 + 5 + (n * 31) % 200 END AS closed_on,
       CASE WHEN n % 50 <> 0 THEN DATE '2009-01-01' + (n * 104729) % 5800 END AS born
  FROM (SELECT n, DATE '2025-04-01' + (n * 7919) % 365 AS referral FROM generate_series(1, :children) n) g;

INSERT INTO casework_episode (authority_id, id, child_key, first_name, last_name, date_of_birth, expected_date, level, status,
    referral_date, opened_at, assessment_due_at, assessment_rule, assessment_authorised_at, primary_need, lead_id, lead_name,
    closure_reason, closed_at)
SELECT ':authority', episode_id, 'bench-child-' || n,
       (ARRAY['Olivia', 'Noah', 'Amelia', 'Leo', 'Isla', 'Muhammad', 'Ava', 'Oscar', 'Mia', 'Arthur'])[1 + n % 10],
       (ARRAY['Smith', 'Jones', 'Patel', 'Brown', 'Khan', 'Taylor', 'Nowak', 'Evans', 'Ahmed', 'Walker', 'Okafor'])[1 + n % 11],
       born, CASE WHEN born IS NULL THEN referral + 60 END, 'CHILD_IN_NEED', CASE WHEN closed_on IS NULL THEN 'OPEN' ELSE 'CLOSED' END,
       referral, referral + TIME '09:00', referral + 63 + TIME '17:00', 'bench: 45 working days',
       assessed_on + TIME '12:00', 'N' || (1 + n % 9), '00000000-0000-4000-9100-000000000001', 'Bench Worker',
       CASE WHEN closed_on IS NOT NULL THEN 'RC' || (1 + n % 8) END, closed_on + TIME '15:00'
  FROM bench_child;

INSERT INTO casework_census_detail (authority_id, episode_id, sex, ethnicity, disabilities, upn, upn_unknown, referral_source,
    recorded_at, recorded_by_id, recorded_by_name)
SELECT ':authority', episode_id, CASE WHEN born IS NULL THEN 'U' WHEN n % 2 = 0 THEN 'F' ELSE 'M' END,
       (ARRAY['WBRI', 'WBRI', 'WBRI', 'WBRI', 'WBRI', 'WBRI', 'WOTH', 'MWBC', 'MWAS', 'AIND', 'APKN', 'BAFR', 'BCRB', 'CHNE',
              'OOTH', 'NOBT'])[1 + (n / 3) % 16],
       string_to_array((ARRAY['NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'LD', 'AUT', 'LD,AUT', 'BEH'])[1 + (n / 5) % 10], ','),
       CASE WHEN school_age THEN substr('ABCDEFGHJKLMNPQRTUVWXYZ',
              1 + (SELECT sum(substr(digits, i, 1)::int * (i + 1)) FROM generate_series(1, 12) i)::int % 23, 1) || digits END,
       CASE WHEN NOT school_age THEN 'UN1' END,
       (ARRAY['6', '6', '6', '2A', '2A', '3A', '3B', '1A', '1B', '5D', '4', '8', '9'])[1 + (n / 7) % 13],
       referral + TIME '09:00', '00000000-0000-4000-9100-000000000001', 'Bench Worker'
  FROM (SELECT *, born IS NOT NULL AND born <= DATE '2021-08-31' AS school_age,
               '931' || lpad(((n * 2654435761) % 100000000)::text, 8, '0') || (n % 10)::text AS digits
          FROM bench_child) c;

INSERT INTO casework_assessment (authority_id, id, episode_id, status, start_date, child_seen, seen_date, seen_alone, factors, outcome,
    tasks_completed, started_at, started_by_id, started_by_name, submitted_at, submitted_by_id, submitted_by_name, authorised_at,
    authorised_by_id, authorised_by_name)
SELECT ':authority', ('00000000-0000-4000-9002-' || lpad(n::text, 12, '0'))::uuid, episode_id, 'AUTHORISED', assessed_from,
       true, assessed_from + 2, n % 3 <> 0,
       string_to_array((ARRAY['21', '3B,4B', '2B', '1B,2C,3A', '8B', '19A,19B', '4A', '22A'])[1 + n % 8], ','),
       CASE WHEN n % 5 IN (1, 3, 4) THEN 'CIN_PLAN' ELSE 'NO_FURTHER_ACTION' END, ARRAY['seen', 'factors', 'outcome'],
       assessed_from + TIME '10:00', '00000000-0000-4000-9100-000000000001', 'Bench Worker',
       assessed_on + TIME '09:00', '00000000-0000-4000-9100-000000000001', 'Bench Worker',
       assessed_on + TIME '12:00', '00000000-0000-4000-9100-000000000002', 'Bench Manager'
  FROM bench_child;

-- Child in need plans, a review each, four visits each.
INSERT INTO casework_plan (authority_id, id, episode_id, kind, status, started_on, review_due_on, ended_on, end_reason, started_by_id,
    started_by_name, created_at)
SELECT ':authority', ('00000000-0000-4000-9003-' || lpad(n::text, 12, '0'))::uuid, episode_id, 'CHILD_IN_NEED',
       CASE WHEN closed_on IS NULL THEN 'OPEN' ELSE 'ENDED' END, assessed_on, assessed_on + 90, closed_on,
       CASE WHEN closed_on IS NOT NULL THEN 'Needs met' END, '00000000-0000-4000-9100-000000000001', 'Bench Worker', assessed_on + TIME '14:00'
  FROM bench_child WHERE n % 5 IN (1, 3);

INSERT INTO casework_plan_review (authority_id, plan_id, seq, held_on, decided, next_due_on, by_id, by_name, at)
SELECT ':authority', ('00000000-0000-4000-9003-' || lpad(n::text, 12, '0'))::uuid, 1, assessed_on + 80, 'Plan continues', assessed_on + 260,
       '00000000-0000-4000-9100-000000000001', 'Bench Worker', assessed_on + 80 + TIME '11:00'
  FROM bench_child WHERE n % 5 IN (1, 3) AND assessed_on + 80 <= coalesce(closed_on, DATE '2026-06-30');

INSERT INTO casework_visit (authority_id, id, episode_id, status, planned_on, done_on, who_seen, child_seen, seen_alone, observed,
    planned_by_id, planned_by_name, created_at)
SELECT ':authority', ('00000000-0000-4000-9004-' || lpad((n * 10 + k)::text, 12, '0'))::uuid, episode_id, 'DONE', day, day,
       'The child and their mother', true, k % 2 = 0, 'Home warm and clean; the child talked about school.',
       '00000000-0000-4000-9100-000000000001', 'Bench Worker', day + TIME '08:00'
  FROM (SELECT c.*, k, assessed_on + 3 + 14 * k AS day FROM bench_child c, generate_series(1, 4) k WHERE n % 5 IN (1, 3, 4)) v;

-- Strategy discussions and section 47 enquiries.
INSERT INTO casework_strategy_discussion (authority_id, id, held_at, discussed, recorded_by_id, recorded_by_name, created_at)
SELECT ':authority', ('00000000-0000-4000-9005-' || lpad(n::text, 12, '0'))::uuid, referral + 1 + TIME '10:00',
       'Police and health shared what they know; threshold for section 47 met.', '00000000-0000-4000-9100-000000000001', 'Bench Worker',
       referral + 1 + TIME '12:00'
  FROM bench_child WHERE n % 5 = 4;

INSERT INTO casework_strategy_child (authority_id, discussion_id, episode_id, section47, reason)
SELECT ':authority', ('00000000-0000-4000-9005-' || lpad(n::text, 12, '0'))::uuid, episode_id, true, 'Reasonable cause to suspect significant harm'
  FROM bench_child WHERE n % 5 = 4;

INSERT INTO casework_enquiry (authority_id, id, episode_id, discussion_id, status, started_on, conference_due_on, seen_on, seen_alone,
    outcome, completed_on, started_by_id, started_by_name, created_at)
SELECT ':authority', ('00000000-0000-4000-9006-' || lpad(n::text, 12, '0'))::uuid, episode_id,
       ('00000000-0000-4000-9005-' || lpad(n::text, 12, '0'))::uuid, 'COMPLETED', referral + 1, referral + 22, referral + 2, true,
       CASE WHEN n % 10 = 4 THEN 'CONFERENCE' ELSE 'NOT_SUBSTANTIATED' END, referral + CASE WHEN n % 10 = 4 THEN 15 ELSE 11 END,
       '00000000-0000-4000-9100-000000000001', 'Bench Worker', referral + 1 + TIME '13:00'
  FROM bench_child WHERE n % 5 = 4;

-- Initial conferences and the child protection plans they start.
INSERT INTO casework_conference (authority_id, id, kind, status, due_on, scheduled_at, chair_id, chair_name, held_on, summary,
    convened_by_id, convened_by_name, created_at)
SELECT ':authority', ('00000000-0000-4000-9007-' || lpad(n::text, 12, '0'))::uuid, 'INITIAL', 'HELD', referral + 22,
       referral + 3 + TIME '09:00', '00000000-0000-4000-9100-000000000003', 'Bench Chair', referral + 15, 'Plan agreed.',
       '00000000-0000-4000-9100-000000000001', 'Bench Worker', referral + 3 + TIME '09:00'
  FROM bench_child WHERE n % 10 = 4;

INSERT INTO casework_protection_plan (authority_id, id, episode_id, status, started_on, initial_category, latest_category, lead_id,
    lead_name, core_group_due_on, review_due_on, ended_on, end_reason, created_at)
SELECT ':authority', ('00000000-0000-4000-9008-' || lpad(n::text, 12, '0'))::uuid, episode_id,
       CASE WHEN n % 80 = 4 THEN 'ENDED' ELSE 'OPEN' END, referral + 15, category, category,
       '00000000-0000-4000-9100-000000000001', 'Bench Worker', referral + 29, referral + 105,
       CASE WHEN n % 80 = 4 THEN referral + 200 END, CASE WHEN n % 80 = 4 THEN 'Risk reduced' END, referral + 15 + TIME '16:00'
  FROM (SELECT *, (ARRAY['NEG', 'EMO', 'NEG', 'PHY', 'EMO', 'SAB', 'MUL'])[1 + (n / 10) % 7] AS category FROM bench_child WHERE n % 10 = 4) c;

INSERT INTO casework_conference_child (authority_id, conference_id, episode_id, enquiry_id, decision, category, plan_id)
SELECT ':authority', ('00000000-0000-4000-9007-' || lpad(n::text, 12, '0'))::uuid, c.episode_id,
       ('00000000-0000-4000-9006-' || lpad(n::text, 12, '0'))::uuid, 'PLAN', p.initial_category, p.id
  FROM bench_child c JOIN casework_protection_plan p ON p.id = ('00000000-0000-4000-9008-' || lpad(n::text, 12, '0'))::uuid
 WHERE n % 10 = 4;

-- Review conferences at 90 and 270 days, where they fall by 30 June 2026 and before the plan ended.
CREATE TEMP TABLE bench_review AS
SELECT c.n, k, c.episode_id, c.referral + 15 + CASE k WHEN 1 THEN 90 ELSE 270 END AS held_on
  FROM bench_child c, generate_series(1, 2) k
 WHERE n % 10 = 4 AND c.referral + 15 + CASE k WHEN 1 THEN 90 ELSE 270 END <= DATE '2026-06-30'
   AND (n % 80 <> 4 OR k = 1);

INSERT INTO casework_conference (authority_id, id, kind, status, due_on, scheduled_at, chair_id, chair_name, held_on, summary,
    convened_by_id, convened_by_name, created_at)
SELECT ':authority', ('00000000-0000-4000-9009-' || lpad((n * 10 + k)::text, 12, '0'))::uuid, 'REVIEW', 'HELD', held_on,
       held_on - 20 + TIME '09:00', '00000000-0000-4000-9100-000000000003', 'Bench Chair', held_on, 'Plan continues.',
       '00000000-0000-4000-9100-000000000001', 'Bench Worker', held_on - 20 + TIME '09:00'
  FROM bench_review;

INSERT INTO casework_conference_child (authority_id, conference_id, episode_id, reviewed_plan_id, decision, category)
SELECT ':authority', ('00000000-0000-4000-9009-' || lpad((n * 10 + k)::text, 12, '0'))::uuid, episode_id,
       ('00000000-0000-4000-9008-' || lpad(n::text, 12, '0'))::uuid, 'CONTINUE',
       (ARRAY['NEG', 'EMO', 'NEG', 'PHY', 'EMO', 'SAB', 'MUL'])[1 + (n / 10) % 7]
  FROM bench_review;
