-- (Named to run after R__demo_staff_users: Flyway runs repeatable migrations in the order of their names.)
-- Demo data: each demo council's LADO has thirty allegations about adults who work with children,
-- received across the last year, at every stage: two new (one from a school, one from a parent), three
-- being managed (a meeting with actions, the employer's process under way), and the rest resolved:
-- closed with advice (low-level concerns for the employer) or concluded with each of the KCSIE
-- outcomes, the police's investigation concluded for some. Each stands on a referral written as the
-- application writes one (route LADO). Dates are counted back from the day the demo data is loaded.
-- Identifiers: allegations 00000000-0000-4000-7<council>00-<k>, their referrals 7<council>01,
-- meetings 7<council>02, strands 7<council>03; references DAMY-xxxx.

DELETE FROM lado_strand_status_change WHERE strand_id::text LIKE '00000000-0000-4000-7_03-%';
DELETE FROM lado_strand WHERE id::text LIKE '00000000-0000-4000-7_03-%';
DELETE FROM lado_action WHERE meeting_id::text LIKE '00000000-0000-4000-7_02-%';
DELETE FROM lado_meeting WHERE id::text LIKE '00000000-0000-4000-7_02-%';
DELETE FROM lado_outcome WHERE allegation_id::text LIKE '00000000-0000-4000-7_00-%';
DELETE FROM lado_adult WHERE allegation_id::text LIKE '00000000-0000-4000-7_00-%';
DELETE FROM lado_consideration WHERE allegation_id::text LIKE '00000000-0000-4000-7_00-%';
DELETE FROM lado_allegation_status_change WHERE allegation_id::text LIKE '00000000-0000-4000-7_00-%';
DELETE FROM lado_allegation WHERE id::text LIKE '00000000-0000-4000-7_00-%';
DELETE FROM referral_progress WHERE referral_id::text LIKE '00000000-0000-4000-7_01-%';
DELETE FROM referral WHERE id::text LIKE '00000000-0000-4000-7_01-%';

CREATE TEMP TABLE demo_lado ON COMMIT DROP AS
SELECT council.id AS authority_id, council.n, k,
       ('00000000-0000-4000-7' || council.n || '00-' || lpad(k::text, 12, '0'))::uuid AS id,
       ('00000000-0000-4000-7' || council.n || '01-' || lpad(k::text, 12, '0'))::uuid AS referral_id,
       'DAMY-' || substr(c, council.n::integer, 1) || substr(c, 1 + k / 22, 1) || substr(c, 1 + k % 22, 1) || 'X' AS reference,
       ('00000000-0000-4000-e100-' || lpad(council.n::text, 12, '0'))::uuid AS lado_id,
       CASE WHEN k <= 2 THEN 'NEW' WHEN k <= 5 THEN 'MANAGED' WHEN k % 3 = 0 THEN 'CLOSED_WITH_ADVICE' ELSE 'CONCLUDED' END AS status,
       (((now() AT TIME ZONE 'Europe/London')::date - CASE WHEN k <= 2 THEN k ELSE k * 11 + council.n::integer END)
         + time '10:00') AT TIME ZONE 'Europe/London' AS received_at,
       (ARRAY['Dan Reeve', 'Pat Keeper', 'Chris Coach', 'Sam Driver', 'Alex Morgan', 'Jo Whitley', 'Lee Carter', 'Robin Shaw',
              'Kim Foster', 'Jamie Lowe', 'Ashley Grant', 'Morgan Hale'])[1 + (k * 5 + council.n::integer) % 12] AS adult,
       (ARRAY['EDUCATION', 'EDUCATION', 'EARLY_YEARS', 'SPORT', 'TRANSPORT', 'FOSTER_CARER', 'HEALTH', 'SOCIAL_CARE', 'FAITH',
              'VOLUNTARY', 'POLICE', 'OTHER'])[1 + (k * 7) % 12] AS sector,
       (ARRAY['Teaching assistant', 'PE teacher', 'Nursery practitioner', 'Football coach', 'School minibus driver',
              'Foster carer', 'Nurse', 'Residential care worker', 'Youth leader at church', 'Scout leader', 'Police officer',
              'Music tutor'])[1 + (k * 7) % 12] AS role,
       (ARRAY['Park School', 'Hill Academy', 'Little Acorns Nursery', 'Town Juniors FC', 'County Travel', 'the council''s fostering service',
              'the hospital trust', 'Oak House children''s home', 'St Mary''s church', 'the Scouts', 'the police force',
              'a private tutoring agency'])[1 + (k * 7) % 12] AS employer,
       date '1960-01-01' + ((k * 397 + council.n::integer * 131) % 12000) AS born
FROM (SELECT id, row_number() OVER (ORDER BY slug) AS n
        FROM authority WHERE id::text LIKE '00000000-0000-4000-8000-%') council
CROSS JOIN generate_series(1, 30) AS k
CROSS JOIN (SELECT 'ACDEFHJKMNPRTUVWXY3479'::text AS c) chars;

ALTER TABLE demo_lado ADD COLUMN considered_at timestamptz, ADD COLUMN resolved_at timestamptz, ADD COLUMN finding text;
UPDATE demo_lado SET considered_at = received_at + interval '1 day 5 hours' WHERE status <> 'NEW';
UPDATE demo_lado SET resolved_at = considered_at WHERE status = 'CLOSED_WITH_ADVICE';
UPDATE demo_lado SET resolved_at = received_at + (12 + (k * 17) % 90) * interval '1 day',
                     finding = (ARRAY['SUBSTANTIATED', 'UNSUBSTANTIATED', 'UNFOUNDED', 'SUBSTANTIATED', 'FALSE', 'UNSUBSTANTIATED',
                                      'MALICIOUS', 'UNFOUNDED'])[1 + k % 8]
WHERE status = 'CONCLUDED';

-- The referrals, as the application stores them: from a school's safeguarding lead (even k) or a parent (odd k).
INSERT INTO referral (authority_id, id, reference, channel, route, status, submitted_at, immediate_danger, anonymous,
    reporter_email, idempotency_key, document, outcome)
SELECT l.authority_id, l.referral_id, l.reference, 'ONLINE', 'LADO',
       CASE WHEN l.resolved_at IS NULL THEN 'RECEIVED' ELSE 'DECIDED' END, l.received_at, false, false,
       CASE WHEN k % 2 = 0 THEN 'dsl' ELSE 'parent' END || k || '@example.org', 'demo-lado-' || l.id,
       jsonb_build_object(
         'route', 'LADO',
         'referrer', CASE WHEN k % 2 = 0
           THEN jsonb_build_object('name', 'Sam Patel', 'organisation', l.employer, 'role', 'Designated safeguarding lead',
                                   'email', 'dsl' || k || '@example.org', 'phone', '01632 960 00' || (k % 10))
           ELSE jsonb_build_object('name', 'Jordan Ellis', 'relationship', 'Parent', 'email', 'parent' || k || '@example.org') END,
         'children', jsonb_build_array(jsonb_build_object('description', 'A child in their care, aged ' || (6 + k % 9))),
         'concern', jsonb_build_object('summary', 'Concerns about how ' || l.adult || ' behaves with the children in their care.',
                                       'categories', jsonb_build_array('NOT_SURE'), 'immediateDanger', false),
         'adult', jsonb_build_object('name', l.adult, 'employer', l.employer, 'role', l.role,
                                     'criteria', jsonb_build_array(CASE WHEN k % 2 = 0 THEN 'HARMED' ELSE 'RISK' END),
                                     'whatHappened', 'Concerns about how ' || l.adult || ' behaves with the children in their care.',
                                     'sector', l.sector,
                                     'employerAwareAt', to_char((l.received_at - interval '1 day') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                                     'employerActions', CASE WHEN k % 2 = 0 THEN 'Moved to duties away from children while the LADO advises.' END)),
       CASE WHEN l.resolved_at IS NOT NULL THEN
         'The Local Authority Designated Officer (LADO) has finished considering the concern about an adult who works with children. '
         || 'To protect everyone involved, we cannot share what was found or what the employer has done.' END
FROM demo_lado l;

INSERT INTO lado_allegation (authority_id, id, referral_id, reference, received_at, status)
SELECT authority_id, id, referral_id, reference, received_at, status FROM demo_lado;

INSERT INTO lado_allegation_status_change (authority_id, allegation_id, seq, at, from_status, to_status, command, actor_id,
    actor_name, reason)
SELECT authority_id, id, 1, received_at, NULL, 'NEW', NULL, '00000000-0000-0000-0000-000000000000', 'Front Door', 'Received'
FROM demo_lado
UNION ALL
SELECT authority_id, id, 2, considered_at, 'NEW', CASE WHEN status = 'CLOSED_WITH_ADVICE' THEN 'CLOSED_WITH_ADVICE' ELSE 'MANAGED' END,
       CASE WHEN status = 'CLOSED_WITH_ADVICE' THEN 'ADVISE' ELSE 'MANAGE' END, lado_id, 'Demo LADO',
       CASE WHEN status = 'CLOSED_WITH_ADVICE' THEN 'The harm test does not apply' ELSE 'The harm test applies' END
FROM demo_lado WHERE status <> 'NEW'
UNION ALL
SELECT authority_id, id, 3, resolved_at, 'MANAGED', 'CONCLUDED', 'CONCLUDE', lado_id, 'Demo LADO', initcap(finding)
FROM demo_lado WHERE status = 'CONCLUDED';

INSERT INTO lado_consideration (authority_id, allegation_id, considered_at, considered_by, considered_by_name, harm_test, advice)
SELECT authority_id, id, considered_at, lado_id, 'Demo LADO',
       CASE WHEN status = 'CLOSED_WITH_ADVICE' THEN ARRAY[]::text[]
            WHEN k % 2 = 0 THEN ARRAY['HARMED'] ELSE ARRAY['RISK', 'UNSUITABLE'] END,
       CASE WHEN status = 'CLOSED_WITH_ADVICE'
            THEN 'The harm test does not apply. The employer deals with it as a low-level concern under its own policy, and records it.' END
FROM demo_lado WHERE status <> 'NEW';

INSERT INTO lado_adult (authority_id, allegation_id, name, date_of_birth, role, employer, sector, other_roles)
SELECT authority_id, id, adult, CASE WHEN k % 4 = 0 THEN NULL ELSE born END, role, employer, sector,
       CASE WHEN k % 5 = 0 THEN 'Volunteers at a weekend youth club.' END
FROM demo_lado WHERE status <> 'NEW';

INSERT INTO lado_outcome (authority_id, allegation_id, concluded_at, concluded_by, concluded_by_name, outcome, employer_action,
    regulator, notes)
SELECT authority_id, id, resolved_at, lado_id, 'Demo LADO', finding,
       CASE finding WHEN 'SUBSTANTIATED' THEN (ARRAY['DISMISSAL', 'RESIGNATION', 'SUSPENSION'])[1 + k % 3] ELSE 'NO_ACTION' END,
       CASE WHEN finding = 'SUBSTANTIATED' THEN (CASE WHEN sector = 'EDUCATION' THEN 'TRA' ELSE 'DBS' END) ELSE 'NONE' END,
       NULL
FROM demo_lado WHERE status = 'CONCLUDED';

-- A meeting with two actions for each allegation being managed; the first action done.
INSERT INTO lado_meeting (authority_id, id, allegation_id, held_on, attendees, agreed, recorded_at, recorded_by_name)
SELECT authority_id, ('00000000-0000-4000-7' || n || '02-' || lpad(k::text, 12, '0'))::uuid, id,
       (considered_at AT TIME ZONE 'Europe/London')::date,
       'Demo LADO; a detective constable, the police''s child abuse investigation team; the employer''s designated safeguarding lead',
       'The police will speak to the child; the employer keeps the adult away from children meanwhile.', considered_at, 'Demo LADO'
FROM demo_lado WHERE status = 'MANAGED';
INSERT INTO lado_action (authority_id, meeting_id, seq, action, owner, due_on, done_at)
SELECT authority_id, ('00000000-0000-4000-7' || n || '02-' || lpad(k::text, 12, '0'))::uuid, a.seq, a.action, a.owner,
       (considered_at AT TIME ZONE 'Europe/London')::date + a.days, CASE WHEN a.seq = 1 THEN considered_at + interval '1 day' END
FROM demo_lado
CROSS JOIN (VALUES (1, 'Speak to the child with a social worker', 'The police', 3),
                   (2, 'Tell the LADO what the employer has decided about duties', 'The employer', 10)) AS a (seq, action, owner, days)
WHERE status = 'MANAGED';

-- Strands: the employer's own process under way for those managed; the police's concluded for some of those concluded.
INSERT INTO lado_strand (authority_id, id, allegation_id, kind, status, started_on, concluded_on, outcome, notes, started_by_name)
SELECT authority_id, ('00000000-0000-4000-7' || n || '03-' || lpad(k::text, 12, '0'))::uuid, id,
       CASE WHEN status = 'MANAGED' THEN 'EMPLOYER' ELSE 'POLICE' END,
       CASE WHEN status = 'MANAGED' THEN 'OPEN' ELSE 'CONCLUDED' END,
       (considered_at AT TIME ZONE 'Europe/London')::date,
       CASE WHEN status = 'CONCLUDED' THEN (resolved_at AT TIME ZONE 'Europe/London')::date - 2 END,
       CASE WHEN status = 'CONCLUDED' THEN CASE WHEN finding = 'SUBSTANTIATED' THEN 'CHARGED' ELSE 'NO_FURTHER_ACTION' END END,
       NULL, 'Demo LADO'
FROM demo_lado WHERE status = 'MANAGED' OR (status = 'CONCLUDED' AND k % 4 = 1);
INSERT INTO lado_strand_status_change (authority_id, strand_id, seq, at, from_status, to_status, command, actor_id, actor_name, reason)
SELECT s.authority_id, s.id, 1, l.considered_at, NULL, 'OPEN', NULL, l.lado_id, 'Demo LADO', 'Started'
FROM lado_strand s JOIN demo_lado l ON l.authority_id = s.authority_id AND l.id = s.allegation_id
UNION ALL
SELECT s.authority_id, s.id, 2, l.resolved_at - interval '2 days', 'OPEN', 'CONCLUDED', 'CONCLUDE', l.lado_id, 'Demo LADO', s.outcome
FROM lado_strand s JOIN demo_lado l ON l.authority_id = s.authority_id AND l.id = s.allegation_id
WHERE s.status = 'CONCLUDED';
