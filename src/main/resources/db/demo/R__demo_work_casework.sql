-- (Named to run after R__demo_calendar and R__demo_staff_users: Flyway runs repeatable migrations in the order of their names.)
-- Demo data: children's social care episodes in each demo council at different stages, so a team
-- manager and a social worker see casework at once: one waiting for allocation, two on the demo
-- social worker's caseload (one of them with its assessment overdue), one at early help led by the
-- Family Help practitioner, and one closed after assessment (RC8) by the second social worker; and
-- a year of closed episodes (below). Each allocated episode is in a team of its council (demo_team).
-- Visits and plans: Kai has a visit done (seen alone) and one planned; Amira has a child in need
-- plan with its first review held, and her last visit more than 20 working days ago, so her next
-- visit is overdue; Finley has a family plan and a visit.
-- Child and family assessments: one in progress, one waiting for authorisation (and overdue), and
-- one authorised (no further action) before its episode closed.
-- Dates are counted back from the day the demo data is loaded. The assessment deadline is 45
-- working days from the referral date, counted as WorkingCalendar counts (ADR 0003) with the
-- England and Wales bank holidays of 2025 to 2027 from authority/bank-holidays.json.
-- Identifiers: episodes 00000000-0000-4000-9<council>00-00000000000<n>.

-- The team a demo episode is allocated to with its lead, always one of the council's own teams (never an invented
-- one): at early help, the council's service for concerns that are not immediate safeguarding ones where it has one
-- (Oxfordshire's Locality and Community Support Service, LCSS); otherwise the council's front door in office hours
-- (its MASH, or West Berkshire's Contact Advice and Assessment Service). R__demo_work_protection uses it too.
CREATE OR REPLACE FUNCTION demo_team(council uuid, level text) RETURNS TABLE (code text, name text)
LANGUAGE sql STABLE AS $$
  SELECT t ->> 'code', t ->> 'name'
  FROM authority a CROSS JOIN LATERAL jsonb_array_elements(a.document -> 'teams') WITH ORDINALITY AS teams (t, n)
  WHERE a.id = council
  ORDER BY CASE WHEN level = 'EARLY_HELP' AND t ->> 'code' = 'LCSS' THEN 0
                WHEN (t ->> 'frontDoor')::boolean AND t ->> 'availability' <> 'OUT_OF_HOURS' THEN 1 ELSE 2 END, n
  LIMIT 1
$$;

DELETE FROM casework_visit_status_change WHERE visit_id IN
  (SELECT id FROM casework_visit WHERE episode_id::text LIKE '00000000-0000-4000-9%');
DELETE FROM casework_visit WHERE episode_id::text LIKE '00000000-0000-4000-9%';
DELETE FROM casework_plan_review WHERE plan_id IN (SELECT id FROM casework_plan WHERE episode_id::text LIKE '00000000-0000-4000-9%');
DELETE FROM casework_plan_status_change WHERE plan_id IN
  (SELECT id FROM casework_plan WHERE episode_id::text LIKE '00000000-0000-4000-9%');
DELETE FROM casework_plan WHERE episode_id::text LIKE '00000000-0000-4000-9%';

DELETE FROM casework_assessment_status_change WHERE assessment_id::text LIKE '00000000-0000-4000-9%';
DELETE FROM casework_assessment WHERE episode_id::text LIKE '00000000-0000-4000-9%';
DELETE FROM casework_level_change WHERE episode_id::text LIKE '00000000-0000-4000-9%';
DELETE FROM casework_allocation WHERE episode_id::text LIKE '00000000-0000-4000-9%';
DELETE FROM casework_episode_referral WHERE episode_id::text LIKE '00000000-0000-4000-9%';
DELETE FROM casework_episode_status_change WHERE episode_id::text LIKE '00000000-0000-4000-9%';
DELETE FROM casework_episode WHERE id::text LIKE '00000000-0000-4000-9%';

CREATE TEMP TABLE demo_episode ON COMMIT DROP AS
SELECT council.id AS authority_id, council.n,
       ('00000000-0000-4000-9' || council.n || '00-00000000000' || e.k)::uuid AS id,
       e.k, e.first_name, e.last_name, e.born::date AS born, e.level, e.status,
       ((now() AT TIME ZONE 'Europe/London')::date - e.days_ago) AS referral_date,
       e.lead, e.need, e.outcome
FROM (SELECT id, row_number() OVER (ORDER BY slug) AS n
        FROM authority WHERE id::text LIKE '00000000-0000-4000-8000-%') council
CROSS JOIN (VALUES
    (1, 'Poppy', 'Hargreaves', '2017-06-11', 'CHILD_IN_NEED', 'OPEN', 2, NULL, NULL, 'CHILD_AND_FAMILY_ASSESSMENT'),
    (2, 'Kai', 'Brennan', '2012-10-02', 'CHILD_IN_NEED', 'OPEN', 20, 'a200', 'N1', 'CHILD_AND_FAMILY_ASSESSMENT'),
    (3, 'Amira', 'Sadiq', '2015-03-27', 'CHILD_IN_NEED', 'OPEN', 75, 'a200', 'N4', 'STRATEGY_DISCUSSION'),
    (4, 'Finley', 'Rowe', '2019-12-08', 'EARLY_HELP', 'OPEN', 30, 'a400', NULL, 'EARLY_HELP'),
    (5, 'Grace', 'Oyelaran', '2011-08-19', 'CHILD_IN_NEED', 'CLOSED', 120, 'a300', 'N5', 'CHILD_AND_FAMILY_ASSESSMENT')
  ) AS e (k, first_name, last_name, born, level, status, days_ago, lead, need, outcome);

-- A year of closed episodes in each council (k 10 to 57), referred across the CIN census year
-- 1 April 2025 to 31 March 2026, a week and a half-day apart, and closed 20 to 160 days later with the
-- reasons councils use most, so that caseload history, the chronology and the statutory returns
-- have a real year to count. Identifiers: 00000000-0000-4000-9<council>01-<k, 12 digits>.
ALTER TABLE demo_episode ADD COLUMN closure_reason text, ADD COLUMN closed_after integer;
UPDATE demo_episode SET closure_reason = 'RC8', closed_after = 60 WHERE status = 'CLOSED';
INSERT INTO demo_episode (authority_id, n, id, k, first_name, last_name, born, level, status, referral_date,
    lead, need, outcome, closure_reason, closed_after)
SELECT council.id, council.n,
       ('00000000-0000-4000-9' || council.n || '01-' || lpad(k::text, 12, '0'))::uuid, k,
       (ARRAY['Olivia', 'Noah', 'Amelia', 'Muhammad', 'Isla', 'George', 'Ava', 'Leo', 'Mia', 'Oscar', 'Ivy',
              'Arthur', 'Freya', 'Theo', 'Lily', 'Jack', 'Sofia', 'Harry', 'Zara', 'Alfie', 'Maya', 'Reggie',
              'Evie', 'Yusuf'])[1 + (k * 7 + council.n) % 24],
       (ARRAY['Smith', 'Khan', 'Jones', 'Taylor', 'Begum', 'Williams', 'Brown', 'Nowak', 'Davies', 'Evans',
              'Ahmed', 'Wilson', 'Thomas', 'Okafor', 'Roberts', 'Johnson', 'Walker', 'Wright', 'Ali', 'Hughes',
              'Green', 'Lewis', 'Kaur', 'Hall'])[1 + (k * 5 + council.n * 3) % 24],
       referral_date - (366 * (1 + (k * 37) % 16) + (k * 13) % 300),
       CASE WHEN k % 6 = 0 THEN 'EARLY_HELP' ELSE 'CHILD_IN_NEED' END, 'CLOSED', referral_date,
       CASE WHEN k % 6 = 0 THEN 'a400' WHEN k % 2 = 0 THEN 'a200' ELSE 'a300' END,
       CASE WHEN k % 6 = 0 THEN NULL
            ELSE (ARRAY['N1', 'N1', 'N1', 'N2', 'N3', 'N4', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9'])[1 + (k * 5) % 12] END,
       CASE WHEN k % 6 = 0 THEN 'EARLY_HELP' WHEN k % 5 = 0 THEN 'STRATEGY_DISCUSSION' ELSE 'CHILD_AND_FAMILY_ASSESSMENT' END,
       CASE WHEN k % 6 = 0 THEN 'RC7'
            ELSE (ARRAY['RC8', 'RC8', 'RC7', 'RC9', 'RC8', 'RC7', 'RC5', 'RC9', 'RC8', 'RC4'])[1 + (k * 3) % 10] END,
       20 + (k * 29) % 140
FROM (SELECT id, row_number() OVER (ORDER BY slug) AS n
        FROM authority WHERE id::text LIKE '00000000-0000-4000-8000-%') council
CROSS JOIN generate_series(10, 57) AS k
CROSS JOIN LATERAL (SELECT date '2025-04-01' + (k - 10) * 15 / 2 + council.n::integer AS referral_date) d;

INSERT INTO casework_episode (authority_id, id, child_key, first_name, last_name, date_of_birth, level,
    status, referral_date, opened_at, assessment_due_at, assessment_rule, primary_need, lead_id, lead_name,
    team_code, team_name, closure_reason, closed_at)
SELECT e.authority_id, e.id, 'demo:' || e.n || ':' || e.k, e.first_name, e.last_name, e.born, e.level,
       e.status, e.referral_date, (e.referral_date + 1 + time '10:00') AT TIME ZONE 'Europe/London',
       CASE WHEN e.level = 'CHILD_IN_NEED' THEN (demo_working_day(e.referral_date, 45) + 1)::timestamp AT TIME ZONE 'Europe/London' END,
       CASE WHEN e.level = 'CHILD_IN_NEED' THEN '45 working days from the referral date' END,
       e.need, s.id, s.display_name,
       CASE WHEN s.id IS NOT NULL THEN t.code END, CASE WHEN s.id IS NOT NULL THEN t.name END,
       e.closure_reason,
       CASE WHEN e.status = 'CLOSED' THEN (e.referral_date + e.closed_after + time '15:00') AT TIME ZONE 'Europe/London' END
FROM demo_episode e
LEFT JOIN staff_user s ON s.id = ('00000000-0000-4000-' || e.lead || '-' || lpad(e.n::text, 12, '0'))::uuid
CROSS JOIN LATERAL demo_team(e.authority_id, e.level) t;

INSERT INTO casework_episode_status_change (authority_id, episode_id, seq, at, from_status, to_status,
    command, actor_id, actor_name, reason)
SELECT authority_id, id, 1, opened_at, NULL, 'OPEN', NULL, '00000000-0000-0000-0000-000000000000',
       'Front Door', 'MASH decision (demo data)'
FROM casework_episode WHERE id::text LIKE '00000000-0000-4000-9%'
UNION ALL
SELECT authority_id, id, 2, closed_at, 'OPEN', 'CLOSED', 'CLOSE', lead_id, lead_name,
       closure_reason || ' ' || CASE closure_reason
         WHEN 'RC4' THEN 'Special guardianship order'
         WHEN 'RC5' THEN 'Transferred to services of another local authority'
         WHEN 'RC7' THEN 'Services ceased for any other reason, including child no longer in need'
         WHEN 'RC8' THEN 'Case closed after assessment, no further action'
         WHEN 'RC9' THEN 'Case closed after assessment, referred to early help' END
FROM casework_episode WHERE id::text LIKE '00000000-0000-4000-9%' AND status = 'CLOSED';

INSERT INTO casework_episode_referral (authority_id, episode_id, seq, received_on, outcome, added_at)
SELECT e.authority_id, e.id, 1, e.referral_date, e.outcome, c.opened_at
FROM demo_episode e JOIN casework_episode c ON c.authority_id = e.authority_id AND c.id = e.id;

INSERT INTO casework_allocation (authority_id, episode_id, seq, at, to_id, to_name, by_id, by_name, reason, to_team_code,
    to_team_name)
SELECT c.authority_id, c.id, 1, c.opened_at + interval '2 hours', c.lead_id, c.lead_name, m.id, m.display_name, '', c.team_code,
       c.team_name
FROM casework_episode c
JOIN demo_episode e ON e.authority_id = c.authority_id AND e.id = c.id
JOIN staff_user m ON m.id = ('00000000-0000-4000-a100-' || lpad(e.n::text, 12, '0'))::uuid
WHERE c.lead_id IS NOT NULL;

-- Visits: each done or planned by the episode's lead, a weekend day moved back to the Friday (demo_weekday, R__demo_calendar).
CREATE TEMP TABLE demo_visit ON COMMIT DROP AS
SELECT c.authority_id, gen_random_uuid() AS id, c.id AS episode_id, c.lead_id, c.lead_name,
       demo_weekday((now() AT TIME ZONE 'Europe/London')::date + v.days) AS on_day, v.status,
       v.who_seen, v.child_seen, v.seen_alone, v.observed
FROM casework_episode c
JOIN demo_episode e ON e.authority_id = c.authority_id AND e.id = c.id
JOIN (VALUES
    (2, -10, 'DONE', 'Kai and his mother', true, true,
     'Home warm and tidy; food in the cupboards. Kai spoke alone in his room about being tired at school and worries about his mother.'),
    (2, 5, 'PLANNED', NULL, NULL, NULL, NULL),
    (3, -33, 'DONE', 'Amira, her father and her younger brother', true, false,
     'Amira stayed close to her father and said little. The flat is overcrowded; father agreed to a housing referral.'),
    (4, -7, 'DONE', 'Finley and both parents', true, false,
     'Finley played happily; parents have started the bedtime routine agreed in the family plan.')
  ) AS v (k, days, status, who_seen, child_seen, seen_alone, observed) ON v.k = e.k;

INSERT INTO casework_visit (authority_id, id, episode_id, status, planned_on, done_on, who_seen, child_seen, seen_alone,
    observed, planned_by_id, planned_by_name, created_at)
SELECT authority_id, id, episode_id, status, on_day, CASE WHEN status = 'DONE' THEN on_day END, who_seen, child_seen,
       seen_alone, observed, lead_id, lead_name, (on_day + time '09:00') AT TIME ZONE 'Europe/London'
FROM demo_visit;

INSERT INTO casework_visit_status_change (authority_id, visit_id, seq, at, from_status, to_status, command, actor_id,
    actor_name, reason)
SELECT authority_id, id, 1, (on_day + time '09:00') AT TIME ZONE 'Europe/London', NULL, 'PLANNED', NULL, lead_id,
       lead_name, 'Planned for ' || on_day
FROM demo_visit
UNION ALL
SELECT authority_id, id, 2, (on_day + time '16:00') AT TIME ZONE 'Europe/London', 'PLANNED', 'DONE', 'RECORD', lead_id,
       lead_name, 'Visited on ' || on_day
FROM demo_visit WHERE status = 'DONE';

-- Plans: Amira's child in need plan, started 70 days ago with a review held 5 days ago (next due
-- 3 months after it); Finley's family plan, started 25 days ago (first review due 3 months after).
CREATE TEMP TABLE demo_plan ON COMMIT DROP AS
SELECT c.authority_id, gen_random_uuid() AS id, c.id AS episode_id, c.lead_id, c.lead_name, p.kind,
       demo_weekday((now() AT TIME ZONE 'Europe/London')::date + p.days) AS started_on, p.agreed,
       demo_weekday((now() AT TIME ZONE 'Europe/London')::date + p.review_days) AS reviewed_on, p.decided
FROM casework_episode c
JOIN demo_episode e ON e.authority_id = c.authority_id AND e.id = c.id
JOIN (VALUES
    (3, 'CHILD_IN_NEED', -70, NULL, -5,
     'Housing referral made; school attendance up to 91%. The plan continues; father to attend the parenting course.'),
    (4, 'FAMILY', -25,
     'A bedtime routine for Finley; his parents go to the nursery''s stay-and-play each Tuesday; the Family Help practitioner '
     || 'visits every two weeks and helps the family apply for the childcare funding.', NULL, NULL)
  ) AS p (k, kind, days, agreed, review_days, decided) ON p.k = e.k;

INSERT INTO casework_plan (authority_id, id, episode_id, kind, status, started_on, review_due_on, agreed, started_by_id,
    started_by_name, created_at)
SELECT authority_id, id, episode_id, kind, 'OPEN', started_on, coalesce(reviewed_on, started_on) + interval '3 months',
       agreed, lead_id, lead_name, (started_on + time '11:00') AT TIME ZONE 'Europe/London'
FROM demo_plan;

INSERT INTO casework_plan_status_change (authority_id, plan_id, seq, at, from_status, to_status, command, actor_id,
    actor_name, reason)
SELECT authority_id, id, 1, (started_on + time '11:00') AT TIME ZONE 'Europe/London', NULL, 'OPEN', NULL, lead_id,
       lead_name, 'Started on ' || started_on
FROM demo_plan;

INSERT INTO casework_plan_review (authority_id, plan_id, seq, held_on, decided, next_due_on, by_id, by_name, at)
SELECT authority_id, id, 1, reviewed_on, decided, reviewed_on + interval '3 months', lead_id, lead_name,
       (reviewed_on + time '15:00') AT TIME ZONE 'Europe/London'
FROM demo_plan WHERE reviewed_on IS NOT NULL;

-- Child and family assessments (V79): Kai Brennan's in progress (the child seen; the factors
-- begun), Amira Sadiq's sent for authorisation, Grace Oyelaran's authorised with no further action
-- before her episode closed. Identifiers: 00000000-0000-4000-9<council>10-00000000000<n>.
CREATE TEMP TABLE demo_assessment ON COMMIT DROP AS
SELECT e.authority_id, e.episode_id, e.id, e.k, e.referral_date, w.id AS worker_id, w.display_name AS worker_name,
       m.id AS manager_id, m.display_name AS manager_name,
       (e.referral_date + 1 + time '11:00') AT TIME ZONE 'Europe/London' AS started_at,
       CASE WHEN e.k IN (3, 5) THEN (e.referral_date + 30 + time '14:00') AT TIME ZONE 'Europe/London' END AS submitted_at,
       CASE WHEN e.k = 5 THEN (e.referral_date + 35 + time '09:30') AT TIME ZONE 'Europe/London' END AS authorised_at
FROM (SELECT d.authority_id, d.id AS episode_id, d.n, d.k, d.referral_date, d.lead,
             ('00000000-0000-4000-9' || d.n || '10-00000000000' || d.k)::uuid AS id
        FROM demo_episode d WHERE d.k IN (2, 3, 5)) e
JOIN staff_user w ON w.id = ('00000000-0000-4000-' || e.lead || '-' || lpad(e.n::text, 12, '0'))::uuid
JOIN staff_user m ON m.id = ('00000000-0000-4000-a100-' || lpad(e.n::text, 12, '0'))::uuid;

INSERT INTO casework_assessment (authority_id, id, episode_id, status, start_date, child_seen, seen_date, seen_alone,
    factors, outcome, tasks_completed, started_at, started_by_id, started_by_name, submitted_at, submitted_by_id,
    submitted_by_name, authorised_at, authorised_by_id, authorised_by_name)
SELECT a.authority_id, a.id, a.episode_id,
       CASE a.k WHEN 2 THEN 'IN_PROGRESS' WHEN 3 THEN 'SUBMITTED' ELSE 'AUTHORISED' END,
       a.referral_date + 1, true, a.referral_date + 3, a.k <> 3,
       CASE a.k WHEN 2 THEN ARRAY['16A'] WHEN 3 THEN ARRAY['3B', '4B', '16A'] ELSE ARRAY['21'] END,
       CASE a.k WHEN 2 THEN NULL WHEN 3 THEN 'CIN_PLAN' ELSE 'NO_FURTHER_ACTION' END,
       CASE a.k WHEN 2 THEN ARRAY['seen'] ELSE ARRAY['seen', 'factors', 'outcome'] END,
       a.started_at, a.worker_id, a.worker_name,
       a.submitted_at, CASE WHEN a.submitted_at IS NOT NULL THEN a.worker_id END,
       CASE WHEN a.submitted_at IS NOT NULL THEN a.worker_name END,
       a.authorised_at, CASE WHEN a.authorised_at IS NOT NULL THEN a.manager_id END,
       CASE WHEN a.authorised_at IS NOT NULL THEN a.manager_name END
FROM demo_assessment a;

INSERT INTO casework_assessment_status_change (authority_id, assessment_id, seq, at, from_status, to_status, command,
    actor_id, actor_name, reason)
SELECT authority_id, id, 1, started_at, NULL, 'IN_PROGRESS', NULL, worker_id, worker_name, 'Started' FROM demo_assessment
UNION ALL
SELECT authority_id, id, 2, submitted_at, 'IN_PROGRESS', 'SUBMITTED', 'SUBMIT', worker_id, worker_name, 'Sent for authorisation'
FROM demo_assessment WHERE submitted_at IS NOT NULL
UNION ALL
SELECT authority_id, id, 3, authorised_at, 'SUBMITTED', 'AUTHORISED', 'AUTHORISE', manager_id, manager_name,
       'Authorised: No further action'
FROM demo_assessment WHERE authorised_at IS NOT NULL;

-- An authorised assessment stops the episode's clock.
UPDATE casework_episode c SET assessment_authorised_at = a.authorised_at
FROM demo_assessment a WHERE c.authority_id = a.authority_id AND c.id = a.episode_id AND a.authorised_at IS NOT NULL;

-- The year of closed episodes at child in need (k 10 to 57): each closed after its child and family
-- assessment, started the day after the referral and authorised (no further action from children's
-- social care) before the episode closed, with the factors identified: none (21) where the episode
-- closed with no further action (RC8). So the children in need census has the assessment its
-- reasons for closure speak of (census rules 8825Q, 8873Q).
-- Identifiers: 00000000-0000-4000-9<council>11-<k, 12 digits>.
CREATE TEMP TABLE demo_year_assessment ON COMMIT DROP AS
SELECT e.authority_id, e.id AS episode_id, ('00000000-0000-4000-9' || e.n || '11-' || lpad(e.k::text, 12, '0'))::uuid AS id,
       e.referral_date, w.id AS worker_id, w.display_name AS worker_name, m.id AS manager_id, m.display_name AS manager_name,
       CASE e.closure_reason WHEN 'RC8' THEN ARRAY['21']
            ELSE string_to_array((ARRAY['3B,4B', '16A', '4B', '1B,2B', '17A', '6B,4B'])[1 + e.k % 6], ',') END AS factors,
       (e.referral_date + 1 + time '11:00') AT TIME ZONE 'Europe/London' AS started_at,
       (e.referral_date + least(e.closed_after - 3, 28) + time '14:00') AT TIME ZONE 'Europe/London' AS submitted_at,
       (e.referral_date + least(e.closed_after - 2, 30) + time '09:30') AT TIME ZONE 'Europe/London' AS authorised_at
FROM demo_episode e
JOIN staff_user w ON w.id = ('00000000-0000-4000-' || e.lead || '-' || lpad(e.n::text, 12, '0'))::uuid
JOIN staff_user m ON m.id = ('00000000-0000-4000-a100-' || lpad(e.n::text, 12, '0'))::uuid
WHERE e.k >= 10 AND e.level = 'CHILD_IN_NEED';

INSERT INTO casework_assessment (authority_id, id, episode_id, status, start_date, child_seen, seen_date, seen_alone,
    factors, outcome, tasks_completed, started_at, started_by_id, started_by_name, submitted_at, submitted_by_id,
    submitted_by_name, authorised_at, authorised_by_id, authorised_by_name)
SELECT authority_id, id, episode_id, 'AUTHORISED', referral_date + 1, true, referral_date + 3, true, factors, 'NO_FURTHER_ACTION',
       ARRAY['seen', 'factors', 'outcome'], started_at, worker_id, worker_name, submitted_at, worker_id, worker_name,
       authorised_at, manager_id, manager_name
FROM demo_year_assessment;

INSERT INTO casework_assessment_status_change (authority_id, assessment_id, seq, at, from_status, to_status, command,
    actor_id, actor_name, reason)
SELECT authority_id, id, 1, started_at, NULL, 'IN_PROGRESS', NULL, worker_id, worker_name, 'Started' FROM demo_year_assessment
UNION ALL
SELECT authority_id, id, 2, submitted_at, 'IN_PROGRESS', 'SUBMITTED', 'SUBMIT', worker_id, worker_name, 'Sent for authorisation'
FROM demo_year_assessment
UNION ALL
SELECT authority_id, id, 3, authorised_at, 'SUBMITTED', 'AUTHORISED', 'AUTHORISE', manager_id, manager_name,
       'Authorised: No further action'
FROM demo_year_assessment;

UPDATE casework_episode c SET assessment_authorised_at = a.authorised_at
FROM demo_year_assessment a WHERE c.authority_id = a.authority_id AND c.id = a.episode_id;
