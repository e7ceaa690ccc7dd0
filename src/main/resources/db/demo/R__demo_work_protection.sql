-- (Named to run after R__demo_calendar, R__demo_staff_users and R__demo_work_casework: Flyway runs repeatable migrations in the order of their names.)
-- Demo data: child protection in each demo council, children at every stage (issue 16):
--   1 a strategy discussion (social care, police, health) and an open section 47 enquiry, its initial conference due soon;
--   2 a discussion health could not attend (the reason recorded), the enquiry completed: an initial conference needed, not yet convened;
--   3 an initial conference scheduled, with its chair and invitations;
--   4 a child on a plan: core group meetings, visits (seen alone), the first review held;
--   5 an unborn child's plan (UCPP), recorded against the expected date;
--   6 an open plan whose first review is overdue (and its visits too);
--   7 a plan open for more than 2 years, reviewed every 6 months;
--   child 4's multi-agency child protection team has the demo police officer, who has contributed a note;
--   10 to 21 plans ended at a review conference, with reasons, across the census year April 2025 to March 2026.
-- CP-IS: most children have an NHS number that passes its check digit; child 6 has none and child 7's fails its
-- check, so the CP-IS page lists them as needing one.
-- Rules kept (DemoProtectionIT checks them): an initial conference is due at the end of the 15th working day after
-- the strategy discussion (demo_working_day, R__demo_calendar); a plan starts on its initial conference's day; the first review is
-- within 3 months of the start, each later one within 6 months of the one before; only a review conference ends a plan.
-- Dates of children 1 to 7 are counted back from the day the demo data is loaded; the ended plans are fixed in 2025-26.
-- Identifiers: episodes 00000000-0000-4000-7<council>00-<k, 12 digits>; discussions 7<council>10; enquiries 7<council>20;
-- conferences 7<council>3<review>; plans 7<council>40; assessments 7<council>50.

DELETE FROM casework_cpis_export_line WHERE plan_id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_core_group_meeting WHERE plan_id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_conference_child WHERE episode_id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_conference_invitee WHERE conference_id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_conference WHERE id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_protection_plan_status_change WHERE plan_id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_protection_plan WHERE id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_enquiry_status_change WHERE enquiry_id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_enquiry WHERE id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_protection_contribution WHERE episode_id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_protection_member WHERE episode_id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_strategy_action WHERE discussion_id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_strategy_attendee WHERE discussion_id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_strategy_child WHERE discussion_id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_strategy_discussion WHERE id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_assessment_status_change WHERE assessment_id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_assessment WHERE episode_id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_visit_status_change WHERE visit_id IN
  (SELECT id FROM casework_visit WHERE episode_id::text LIKE '00000000-0000-4000-7%');
DELETE FROM casework_visit WHERE episode_id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_allocation WHERE episode_id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_episode_referral WHERE episode_id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_episode_status_change WHERE episode_id::text LIKE '00000000-0000-4000-7%';
DELETE FROM casework_episode WHERE id::text LIKE '00000000-0000-4000-7%';

-- Each child: who, and the stage. disc is the strategy discussion's day; start the plan's (the initial conference's)
-- day where there is one; reviews how many review conferences have been held; ended whether the last ended the plan.
CREATE TEMP TABLE demo_cp ON COMMIT DROP AS
SELECT council.id AS authority_id, council.n, c.k,
       ('00000000-0000-4000-7' || council.n || '00-' || lpad(c.k::text, 12, '0'))::uuid AS episode_id,
       ('00000000-0000-4000-7' || council.n || '10-' || lpad(c.k::text, 12, '0'))::uuid AS discussion_id,
       ('00000000-0000-4000-7' || council.n || '20-' || lpad(c.k::text, 12, '0'))::uuid AS enquiry_id,
       ('00000000-0000-4000-7' || council.n || '30-' || lpad(c.k::text, 12, '0'))::uuid AS conference_id,
       ('00000000-0000-4000-7' || council.n || '40-' || lpad(c.k::text, 12, '0'))::uuid AS plan_id,
       c.first_name, c.last_name, c.born, c.expected, c.nhs_number, c.stage, c.no_health, c.category, c.reviews,
       c.ended, c.end_reason, c.start_target
FROM (SELECT id, row_number() OVER (ORDER BY slug) AS n
        FROM authority WHERE id::text LIKE '00000000-0000-4000-8000-%') council
CROSS JOIN LATERAL (
  SELECT * FROM (VALUES
    (1, 'Tyler', 'Marsh', date '2013-05-14', NULL::date, '4857773007', 'ENQUIRY', NULL, NULL, 0, false, NULL, NULL::date),
    (2, 'Jade', 'Okonkwo', date '2016-09-30', NULL, '4857773074', 'AWAITING',
     'The health visitor was on annual leave and the named nurse could not be reached in time; the GP sent a written summary.',
     NULL, 0, false, NULL, NULL),
    (3, 'Ruby', 'Fenwick', date '2018-02-11', NULL, '4857773147', 'SCHEDULED', NULL, NULL, 0, false, NULL, NULL),
    (4, 'Callum', 'Price', date '2012-07-22', NULL, '4857773287', 'PLAN', NULL, 'NEG', 1, false, NULL,
     (now() AT TIME ZONE 'Europe/London')::date - 100),
    (5, NULL, 'Baby of Leanne Cartwright', NULL, (now() AT TIME ZONE 'Europe/London')::date + 60, '4857773422', 'PLAN', NULL,
     'PHY', 0, false, NULL, (now() AT TIME ZONE 'Europe/London')::date - 20),
    (6, 'Mason', 'Doyle', date '2014-11-03', NULL, NULL, 'PLAN', NULL, 'EMO', 0, false, NULL,
     (now() AT TIME ZONE 'Europe/London')::date - 125),
    (7, 'Lacey', 'Turner', date '2011-04-17', NULL, '4857773563', 'PLAN', NULL, 'MUL', 5, false, NULL,
     (now() AT TIME ZONE 'Europe/London')::date - 830)
  ) AS v (k, first_name, last_name, born, expected, nhs_number, stage, no_health, category, reviews, ended, end_reason,
          start_target)
  UNION ALL
  -- Plans ended across April 2025 to March 2026: every other one at its first review, the rest at the second.
  SELECT k,
         (ARRAY['Sienna', 'Logan', 'Aisha', 'Riley', 'Poppy', 'Tommy', 'Hana', 'Jayden', 'Esme', 'Kian', 'Nadia', 'Owen'])[k - 9],
         (ARRAY['Clarke', 'Hussain', 'Murphy', 'Baker', 'Singh', 'Ward', 'Patel', 'Cooper', 'Morris', 'Reid', 'Shah', 'Kelly'])[1 + (k + council.n::integer) % 12],
         date '2010-01-15' + (k * 331 + council.n::integer * 47) % 4000, NULL,
         (ARRAY['4857773635', '4857773708', '4857773775', '4857773848', '4857773910', '4857773988', '4857774054',
                '4857774127', '4857774194', '4857774267', '4857774402', '4857774542'])[k - 9],
         'ENDED', NULL, (ARRAY['NEG', 'EMO', 'PHY', 'NEG', 'SAB', 'NEG'])[1 + k % 6], 1 + k % 2, true,
         (ARRAY['The risks in the plan have reduced: the family has worked with the plan and the child is safe; support continues as a child in need.',
                'The family has moved to another council, which has taken over the plan after a transfer-in conference.',
                'The parents have separated and the risk has left the household; the child will be supported as a child in need.'])[1 + k % 3],
         date '2025-04-07' + (k - 10) * 30 + council.n::integer - CASE WHEN k % 2 = 0 THEN 80 ELSE 250 END
  FROM generate_series(10, 21) AS k
) c;

-- Discussion days: children 1 to 3 about 11, 9 and 8 working days ago; those on a plan 12 to 14 days before its start.
ALTER TABLE demo_cp ADD COLUMN disc date, ADD COLUMN start date, ADD COLUMN due date;
UPDATE demo_cp SET start = demo_weekday(start_target) WHERE start_target IS NOT NULL;
UPDATE demo_cp SET disc = demo_weekday(CASE
    WHEN stage = 'ENQUIRY' THEN (now() AT TIME ZONE 'Europe/London')::date - 16
    WHEN stage = 'AWAITING' THEN (now() AT TIME ZONE 'Europe/London')::date - 13
    WHEN stage = 'SCHEDULED' THEN (now() AT TIME ZONE 'Europe/London')::date - 11
    ELSE start - 16 END);
UPDATE demo_cp SET due = demo_working_day(disc, 15);

-- The review conferences held: the first 80 days after the start, each later one 170 days after the one before.
CREATE TEMP TABLE demo_cp_review ON COMMIT DROP AS
SELECT p.authority_id, p.n, p.k, p.plan_id, p.episode_id, p.category, r.i,
       ('00000000-0000-4000-7' || p.n || '3' || r.i || '-' || lpad(p.k::text, 12, '0'))::uuid AS conference_id,
       demo_weekday(p.start + 80 + (r.i - 1) * 170) AS held_on,
       CASE WHEN r.i = 1 THEN (p.start + interval '3 months')::date
            ELSE (demo_weekday(p.start + 80 + (r.i - 2) * 170) + interval '6 months')::date END AS due_on,
       p.ended AND r.i = p.reviews AS ends, p.end_reason
FROM demo_cp p CROSS JOIN LATERAL generate_series(1, p.reviews) AS r (i)
WHERE p.start IS NOT NULL;

ALTER TABLE demo_cp ADD COLUMN ended_on date, ADD COLUMN review_due_on date;
UPDATE demo_cp p SET ended_on = r.held_on FROM demo_cp_review r
 WHERE r.authority_id = p.authority_id AND r.k = p.k AND r.ends;
UPDATE demo_cp p SET review_due_on = coalesce(
    (SELECT (max(r.held_on) + interval '6 months')::date FROM demo_cp_review r WHERE r.authority_id = p.authority_id AND r.k = p.k),
    (p.start + interval '3 months')::date)
 WHERE p.start IS NOT NULL;

-- Each child's episode: at child in need, opened the day before the discussion from a MASH decision of a strategy
-- discussion, led by a demo social worker; an ended plan's episode closed 6 weeks after the plan ended.
INSERT INTO casework_episode (authority_id, id, child_key, first_name, last_name, date_of_birth, expected_date, nhs_number,
    level, status, referral_date, opened_at, assessment_due_at, assessment_rule, primary_need, lead_id, lead_name,
    team_code, team_name, closure_reason, closed_at)
SELECT p.authority_id, p.episode_id, 'demo:cp:' || p.n || ':' || p.k, p.first_name, p.last_name, p.born, p.expected, p.nhs_number,
       'CHILD_IN_NEED', CASE WHEN p.ended THEN 'CLOSED' ELSE 'OPEN' END, p.disc - 1,
       (p.disc - 1 + time '10:00') AT TIME ZONE 'Europe/London',
       (demo_working_day(p.disc - 1, 45) + 1)::timestamp AT TIME ZONE 'Europe/London',
       '45 working days from the referral date', 'N1', s.id, s.display_name, t.code, t.name,
       CASE WHEN p.ended THEN 'RC7' END,
       CASE WHEN p.ended THEN (p.ended_on + 42 + time '15:00') AT TIME ZONE 'Europe/London' END
FROM demo_cp p
JOIN staff_user s ON s.id = ('00000000-0000-4000-' || CASE WHEN p.k % 2 = 0 THEN 'a300' ELSE 'a200' END || '-'
                             || lpad(p.n::text, 12, '0'))::uuid
-- Its team: one of the council's (demo_team, R__demo_work_casework).
CROSS JOIN LATERAL demo_team(p.authority_id, 'CHILD_IN_NEED') t;

INSERT INTO casework_episode_status_change (authority_id, episode_id, seq, at, from_status, to_status, command, actor_id,
    actor_name, reason)
SELECT authority_id, id, 1, opened_at, NULL, 'OPEN', NULL, '00000000-0000-0000-0000-000000000000', 'Front Door',
       'MASH decision (demo data)'
FROM casework_episode WHERE id::text LIKE '00000000-0000-4000-7%'
UNION ALL
SELECT authority_id, id, 2, closed_at, 'OPEN', 'CLOSED', 'CLOSE', lead_id, lead_name,
       'RC7 Services ceased for any other reason, including child no longer in need'
FROM casework_episode WHERE id::text LIKE '00000000-0000-4000-7%' AND status = 'CLOSED';

INSERT INTO casework_episode_referral (authority_id, episode_id, seq, received_on, outcome, added_at)
SELECT authority_id, id, 1, referral_date, 'STRATEGY_DISCUSSION', opened_at
FROM casework_episode WHERE id::text LIKE '00000000-0000-4000-7%';

INSERT INTO casework_allocation (authority_id, episode_id, seq, at, to_id, to_name, by_id, by_name, reason, to_team_code,
    to_team_name)
SELECT c.authority_id, c.id, 1, c.opened_at + interval '2 hours', c.lead_id, c.lead_name, m.id, m.display_name, '', c.team_code,
       c.team_name
FROM casework_episode c
JOIN demo_cp p ON p.authority_id = c.authority_id AND p.episode_id = c.id
JOIN staff_user m ON m.id = ('00000000-0000-4000-a100-' || lpad(p.n::text, 12, '0'))::uuid;

-- The strategy discussions, their attendees, the decision for the child, and actions.
INSERT INTO casework_strategy_discussion (authority_id, id, held_at, discussed, no_health_reason, recorded_by_id,
    recorded_by_name, created_at)
SELECT p.authority_id, p.discussion_id, (p.disc + time '11:00') AT TIME ZONE 'Europe/London',
       CASE p.k % 3
         WHEN 0 THEN 'School reported bruising to the child''s arm; the child said a parent grabbed them. Police checks show two call-outs for domestic abuse this year.'
         WHEN 1 THEN 'The health visitor and the school report the child often hungry and unkempt; the home conditions are poor and the parents have missed health appointments.'
         ELSE 'The child disclosed to a teacher that they are frightened at home; police attended the address at the weekend after a neighbour heard shouting.' END,
       p.no_health, c.lead_id, c.lead_name, (p.disc + time '12:30') AT TIME ZONE 'Europe/London'
FROM demo_cp p JOIN casework_episode c ON c.authority_id = p.authority_id AND c.id = p.episode_id;

INSERT INTO casework_strategy_attendee (authority_id, discussion_id, seq, name, agency, role)
SELECT p.authority_id, p.discussion_id, a.seq, CASE WHEN a.seq = 1 THEN c.lead_name ELSE a.name END, a.agency, a.role
FROM demo_cp p
JOIN casework_episode c ON c.authority_id = p.authority_id AND c.id = p.episode_id
CROSS JOIN (VALUES
    (1, NULL, 'SOCIAL_CARE', 'Social worker'),
    (2, 'Demo team manager', 'SOCIAL_CARE', 'Team manager, chairing'),
    (3, 'DC Sam Whitfield', 'POLICE', 'Child abuse investigation unit'),
    (4, 'Priya Nair', 'HEALTH', 'Named nurse for safeguarding'),
    (5, 'Helen Moss', 'EDUCATION', 'Designated safeguarding lead')
  ) AS a (seq, name, agency, role)
WHERE NOT (a.agency = 'HEALTH' AND p.no_health IS NOT NULL);

INSERT INTO casework_strategy_child (authority_id, discussion_id, episode_id, section47, reason)
SELECT authority_id, discussion_id, episode_id, true,
       'Reasonable cause to suspect the child is suffering, or is likely to suffer, significant harm: section 47 enquiries start.'
FROM demo_cp;

INSERT INTO casework_strategy_action (authority_id, discussion_id, seq, action, owner, due_on)
SELECT p.authority_id, p.discussion_id, a.seq, a.action, CASE WHEN a.seq = 1 THEN c.lead_name ELSE a.owner END, p.disc + a.days
FROM demo_cp p
JOIN casework_episode c ON c.authority_id = p.authority_id AND c.id = p.episode_id
CROSS JOIN (VALUES
    (1, 'See the child alone and visit the home', NULL, 1),
    (2, 'Check police records for the adults in the household and share what is relevant', 'DC Sam Whitfield', 2),
    (3, 'Send the child''s health records and a health chronology', 'Priya Nair', 5)
  ) AS a (seq, action, owner, days)
WHERE a.seq < 3 OR p.k < 10;

-- The section 47 enquiries: open for child 1, completed (an initial conference needed) for the rest.
INSERT INTO casework_enquiry (authority_id, id, episode_id, discussion_id, status, started_on, conference_due_on, seen_on,
    seen_alone, outcome, completed_on, started_by_id, started_by_name, created_at)
SELECT p.authority_id, p.enquiry_id, p.episode_id, p.discussion_id, CASE WHEN p.stage = 'ENQUIRY' THEN 'OPEN' ELSE 'COMPLETED' END,
       p.disc, p.due, demo_weekday(p.disc + 2), p.k <> 5 AND p.stage <> 'ENQUIRY' OR p.k = 1,
       CASE WHEN p.stage <> 'ENQUIRY' THEN 'CONFERENCE' END,
       CASE WHEN p.stage <> 'ENQUIRY' THEN least(p.disc + 6, coalesce(p.start, p.disc + 6)) END,
       c.lead_id, c.lead_name, (p.disc + time '12:30') AT TIME ZONE 'Europe/London'
FROM demo_cp p JOIN casework_episode c ON c.authority_id = p.authority_id AND c.id = p.episode_id;

INSERT INTO casework_enquiry_status_change (authority_id, enquiry_id, seq, at, from_status, to_status, command, actor_id,
    actor_name, reason)
SELECT q.authority_id, q.id, 1, q.created_at, NULL, 'OPEN', NULL, q.started_by_id, q.started_by_name, 'Started at the strategy discussion'
FROM casework_enquiry q WHERE q.id::text LIKE '00000000-0000-4000-7%'
UNION ALL
SELECT q.authority_id, q.id, 2, (q.completed_on + time '16:00') AT TIME ZONE 'Europe/London', 'OPEN', 'COMPLETED', 'COMPLETE',
       q.started_by_id, q.started_by_name, 'Concerns substantiated: an initial child protection conference is needed'
FROM casework_enquiry q WHERE q.id::text LIKE '00000000-0000-4000-7%' AND q.status = 'COMPLETED';

-- Initial conferences: scheduled for child 3 (in 4 days), held on the plan's start for the children on plans.
INSERT INTO casework_conference (authority_id, id, kind, status, due_on, scheduled_at, chair_id, chair_name, held_on, summary,
    convened_by_id, convened_by_name, created_at)
SELECT p.authority_id, p.conference_id, 'INITIAL', CASE WHEN p.stage = 'SCHEDULED' THEN 'SCHEDULED' ELSE 'HELD' END, p.due,
       (coalesce(p.start, demo_weekday((now() AT TIME ZONE 'Europe/London')::date + 4)) + time '10:00') AT TIME ZONE 'Europe/London',
       ch.id, ch.display_name, p.start,
       CASE WHEN p.start IS NOT NULL THEN 'Members agreed the child is likely to suffer significant harm; a child protection plan is needed.' END,
       c.lead_id, c.lead_name, (p.disc + 7 + time '09:00') AT TIME ZONE 'Europe/London'
FROM demo_cp p
JOIN casework_episode c ON c.authority_id = p.authority_id AND c.id = p.episode_id
JOIN staff_user ch ON ch.id = ('00000000-0000-4000-a500-' || lpad(p.n::text, 12, '0'))::uuid
WHERE p.stage IN ('SCHEDULED', 'PLAN', 'ENDED');

-- Review conferences, chaired by the same chair.
INSERT INTO casework_conference (authority_id, id, kind, status, due_on, scheduled_at, chair_id, chair_name, held_on, summary,
    convened_by_id, convened_by_name, created_at)
SELECT r.authority_id, r.conference_id, 'REVIEW', 'HELD', r.due_on, (r.held_on + time '10:00') AT TIME ZONE 'Europe/London',
       ch.id, ch.display_name, r.held_on,
       CASE WHEN r.ends THEN 'The plan has done what it set out to do; members agreed it can end.'
            ELSE 'Progress on the plan reviewed; the child remains at risk of significant harm and the plan continues.' END,
       c.lead_id, c.lead_name, (r.held_on - 21 + time '09:00') AT TIME ZONE 'Europe/London'
FROM demo_cp_review r
JOIN casework_episode c ON c.authority_id = r.authority_id AND c.id = r.episode_id
JOIN staff_user ch ON ch.id = ('00000000-0000-4000-a500-' || lpad(r.n::text, 12, '0'))::uuid;

INSERT INTO casework_conference_invitee (authority_id, conference_id, seq, name, invited_as, agency, report_submitted, attended)
SELECT f.authority_id, f.id, i.seq, i.name, i.invited_as, i.agency, i.report AND f.status = 'HELD',
       CASE WHEN f.status = 'HELD' THEN i.attended END
FROM casework_conference f
CROSS JOIN (VALUES
    (1, 'The child''s mother', 'PARENT', NULL, false, true),
    (2, 'The child''s father', 'PARENT', NULL, false, false),
    (3, 'DC Sam Whitfield', 'AGENCY', 'POLICE', true, true),
    (4, 'Priya Nair', 'AGENCY', 'HEALTH', true, true),
    (5, 'Helen Moss', 'AGENCY', 'EDUCATION', true, true)
  ) AS i (seq, name, invited_as, agency, report, attended)
WHERE f.id::text LIKE '00000000-0000-4000-7%';

-- The plans, started on the initial conference's day.
INSERT INTO casework_protection_plan (authority_id, id, episode_id, status, started_on, initial_category, latest_category,
    started_unborn, lead_id, lead_name, core_group_due_on, review_due_on, ended_on, end_reason, created_at)
SELECT p.authority_id, p.plan_id, p.episode_id, CASE WHEN p.ended THEN 'ENDED' ELSE 'OPEN' END, p.start, p.category, p.category,
       p.expected IS NOT NULL, c.lead_id, c.lead_name, demo_working_day(p.start, 10), p.review_due_on,
       p.ended_on, CASE WHEN p.ended THEN p.end_reason END, (p.start + time '13:00') AT TIME ZONE 'Europe/London'
FROM demo_cp p JOIN casework_episode c ON c.authority_id = p.authority_id AND c.id = p.episode_id
WHERE p.start IS NOT NULL;

INSERT INTO casework_protection_plan_status_change (authority_id, plan_id, seq, at, from_status, to_status, command, actor_id,
    actor_name, reason)
SELECT p.authority_id, p.plan_id, 1, (p.start + time '13:00') AT TIME ZONE 'Europe/London', NULL, 'OPEN', NULL, ch.id,
       ch.display_name, 'Started at the initial child protection conference'
FROM demo_cp p JOIN staff_user ch ON ch.id = ('00000000-0000-4000-a500-' || lpad(p.n::text, 12, '0'))::uuid
WHERE p.start IS NOT NULL
UNION ALL
SELECT p.authority_id, p.plan_id, 2, (p.ended_on + time '13:00') AT TIME ZONE 'Europe/London', 'OPEN', 'ENDED', 'END', ch.id,
       ch.display_name, 'Ended at a review conference: ' || p.end_reason
FROM demo_cp p JOIN staff_user ch ON ch.id = ('00000000-0000-4000-a500-' || lpad(p.n::text, 12, '0'))::uuid
WHERE p.ended;

-- Each conference's decision for the child.
INSERT INTO casework_conference_child (authority_id, conference_id, episode_id, enquiry_id, decision, category, plan_id)
SELECT p.authority_id, p.conference_id, p.episode_id, p.enquiry_id,
       CASE WHEN p.start IS NOT NULL THEN 'PLAN' END, p.category, CASE WHEN p.start IS NOT NULL THEN p.plan_id END
FROM demo_cp p WHERE p.stage IN ('SCHEDULED', 'PLAN', 'ENDED');

INSERT INTO casework_conference_child (authority_id, conference_id, episode_id, reviewed_plan_id, decision, category, end_reason)
SELECT r.authority_id, r.conference_id, r.episode_id, r.plan_id, CASE WHEN r.ends THEN 'END' ELSE 'CONTINUE' END, r.category,
       CASE WHEN r.ends THEN r.end_reason END
FROM demo_cp_review r;

-- Core group meetings: the first within 10 working days of the start; then about monthly while the plan is open.
INSERT INTO casework_core_group_meeting (authority_id, plan_id, seq, held_on, notes, by_id, by_name, at)
SELECT p.authority_id, p.plan_id, m.seq, demo_weekday(p.start + 7 + (m.seq - 1) * 30),
       CASE WHEN m.seq = 1 THEN 'First core group: the outline plan made into a detailed plan; who does what, by when.'
            ELSE 'Core group: progress on the plan; school attendance and health appointments checked; actions updated.' END,
       c.lead_id, c.lead_name, (demo_weekday(p.start + 7 + (m.seq - 1) * 30) + time '14:00') AT TIME ZONE 'Europe/London'
FROM demo_cp p
JOIN casework_episode c ON c.authority_id = p.authority_id AND c.id = p.episode_id
CROSS JOIN LATERAL generate_series(1, CASE WHEN p.k = 4 THEN 3 ELSE 1 END) AS m (seq)
WHERE p.start IS NOT NULL;

-- Child protection visits by the lead: child 4 seen alone every two weeks or so, the last 3 days ago; the unborn
-- child's mother visited; child 6's last visit 25 days ago (overdue); child 7 visited last week.
CREATE TEMP TABLE demo_cp_visit ON COMMIT DROP AS
SELECT p.authority_id, gen_random_uuid() AS id, p.episode_id, c.lead_id, c.lead_name,
       demo_weekday((now() AT TIME ZONE 'Europe/London')::date - v.days_ago) AS on_day, v.who_seen, v.child_seen,
       v.seen_alone, v.observed
FROM demo_cp p
JOIN casework_episode c ON c.authority_id = p.authority_id AND c.id = p.episode_id
JOIN (VALUES
    (4, 31, 'Callum and his mother', true, true, 'Callum was seen alone in his bedroom; he said there is food in the house now and his mum is up in the mornings.'),
    (4, 17, 'Callum, his mother and her partner', true, true, 'Callum was seen alone; he talked about football club. The kitchen was clean and stocked.'),
    (4, 3, 'Callum and his mother', true, true, 'Callum was seen alone after school; he is sleeping better and has been to the dentist.'),
    (5, 5, 'Leanne Cartwright (expecting)', false, false, 'Leanne has been to her antenatal appointments; the nursery is ready; her partner has moved out as the plan asks.'),
    (6, 25, 'Mason and his father', true, true, 'Mason was seen alone at school; he said he is worried when his parents argue.'),
    (7, 6, 'Lacey and her grandmother', true, true, 'Lacey was seen alone; she is settled at her grandmother''s and attends school every day.')
  ) AS v (k, days_ago, who_seen, child_seen, seen_alone, observed) ON v.k = p.k;

INSERT INTO casework_visit (authority_id, id, episode_id, status, planned_on, done_on, who_seen, child_seen, seen_alone,
    observed, planned_by_id, planned_by_name, created_at)
SELECT authority_id, id, episode_id, 'DONE', on_day, on_day, who_seen, child_seen, seen_alone, observed, lead_id, lead_name,
       (on_day + time '09:00') AT TIME ZONE 'Europe/London'
FROM demo_cp_visit;

INSERT INTO casework_visit_status_change (authority_id, visit_id, seq, at, from_status, to_status, command, actor_id,
    actor_name, reason)
SELECT authority_id, id, 1, (on_day + time '09:00') AT TIME ZONE 'Europe/London', NULL, 'PLANNED', NULL, lead_id,
       lead_name, 'Planned for ' || on_day
FROM demo_cp_visit
UNION ALL
SELECT authority_id, id, 2, (on_day + time '16:00') AT TIME ZONE 'Europe/London', 'PLANNED', 'DONE', 'RECORD', lead_id,
       lead_name, 'Visited on ' || on_day
FROM demo_cp_visit;

-- The child and family assessment of each child who came to a plan: done alongside the enquiry and authorised on
-- the initial conference's day, so the episode's assessment clock has stopped.
CREATE TEMP TABLE demo_cp_assessment ON COMMIT DROP AS
SELECT p.authority_id, p.episode_id, p.k, p.expected IS NOT NULL AS unborn, p.disc, p.start,
       ('00000000-0000-4000-7' || p.n || '50-' || lpad(p.k::text, 12, '0'))::uuid AS id,
       c.lead_id, c.lead_name, m.id AS manager_id, m.display_name AS manager_name
FROM demo_cp p
JOIN casework_episode c ON c.authority_id = p.authority_id AND c.id = p.episode_id
JOIN staff_user m ON m.id = ('00000000-0000-4000-a100-' || lpad(p.n::text, 12, '0'))::uuid
WHERE p.start IS NOT NULL;

INSERT INTO casework_assessment (authority_id, id, episode_id, status, start_date, child_seen, seen_date, seen_alone,
    not_seen_reason, factors, outcome, tasks_completed, started_at, started_by_id, started_by_name, submitted_at,
    submitted_by_id, submitted_by_name, authorised_at, authorised_by_id, authorised_by_name)
SELECT authority_id, id, episode_id, 'AUTHORISED', disc, NOT unborn, CASE WHEN NOT unborn THEN demo_weekday(disc + 2) END,
       CASE WHEN NOT unborn THEN true END, CASE WHEN unborn THEN 'The child is not yet born; the mother was seen.' END,
       ARRAY['3B', '4B'], 'CIN_PLAN', ARRAY['seen', 'factors', 'outcome'],
       (disc + time '14:00') AT TIME ZONE 'Europe/London', lead_id, lead_name,
       (start - 1 + time '16:00') AT TIME ZONE 'Europe/London', lead_id, lead_name,
       (start + time '09:00') AT TIME ZONE 'Europe/London', manager_id, manager_name
FROM demo_cp_assessment;

INSERT INTO casework_assessment_status_change (authority_id, assessment_id, seq, at, from_status, to_status, command,
    actor_id, actor_name, reason)
SELECT authority_id, id, 1, (disc + time '14:00') AT TIME ZONE 'Europe/London', NULL, 'IN_PROGRESS', NULL, lead_id, lead_name,
       'Started' FROM demo_cp_assessment
UNION ALL
SELECT authority_id, id, 2, (start - 1 + time '16:00') AT TIME ZONE 'Europe/London', 'IN_PROGRESS', 'SUBMITTED', 'SUBMIT',
       lead_id, lead_name, 'Sent for authorisation' FROM demo_cp_assessment
UNION ALL
SELECT authority_id, id, 3, (start + time '09:00') AT TIME ZONE 'Europe/London', 'SUBMITTED', 'AUTHORISED', 'AUTHORISE',
       manager_id, manager_name, 'Authorised: Child in need plan' FROM demo_cp_assessment;

UPDATE casework_episode c SET assessment_authorised_at = (a.start + time '09:00') AT TIME ZONE 'Europe/London'
FROM demo_cp_assessment a WHERE c.authority_id = a.authority_id AND c.id = a.episode_id;

-- Child 4's multi-agency child protection team: the demo police officer, added by the social worker,
-- with one contribution, so police.officer@<council>.demo has a child under /staff/protection.
INSERT INTO casework_protection_member (authority_id, id, episode_id, staff_user_id, name, agency, added_by_id, added_by_name, added_at)
SELECT council.id, ('00000000-0000-4000-7' || council.n || '60-' || lpad('4', 12, '0'))::uuid,
       ('00000000-0000-4000-7' || council.n || '00-' || lpad('4', 12, '0'))::uuid,
       ('00000000-0000-4000-d000-' || lpad(council.n::text, 12, '0'))::uuid, 'Demo police officer, ' || council.name, 'POLICE',
       ('00000000-0000-4000-a200-' || lpad(council.n::text, 12, '0'))::uuid, 'Demo social worker, ' || council.name,
       now() - interval '20 days'
FROM (SELECT id, name, row_number() OVER (ORDER BY slug) AS n FROM authority WHERE id::text LIKE '00000000-0000-4000-8000-%') council;

INSERT INTO casework_protection_contribution (authority_id, id, episode_id, member_id, text, by_id, by_name, agency, at)
SELECT m.authority_id, ('00000000-0000-4000-7' || substr(m.id::text, 21, 1) || '61-' || lpad('4', 12, '0'))::uuid, m.episode_id, m.id,
       'Police checks: one call-out to the address in the last year (a neighbour reported shouting); no further incidents since the plan started.',
       m.staff_user_id, m.name, 'POLICE', now() - interval '15 days'
FROM casework_protection_member m WHERE m.episode_id::text LIKE '00000000-0000-4000-7%';
