-- (Named to run after R__demo_staff_users: Flyway runs repeatable migrations in the order of their names.)
-- Demo data: a year of MASH contacts in each demo council, two or three a week, so the MASH's history,
-- Ofsted's Annex A list 1 (contacts) and the dashboards have a council's spread: professionals (schools,
-- health, police) most, then parents and carers, members of the public (some anonymous) and children
-- themselves. Each stands on a referral written as the application writes one, and each was rated,
-- taken on by the demo MASH social worker, decided below the threshold for social care (no further
-- action, or advice and signposting) and authorised by the demo MASH manager, with its status history;
-- none is left in the queue. Dates are counted back from the day the demo data is loaded.
-- Identifiers: contacts 00000000-0000-4000-6<council>00-<k>, their referrals 6<council>01; references DMCx-XXxx.

DELETE FROM mash_decision WHERE contact_id::text LIKE '00000000-0000-4000-6_00-%';
DELETE FROM mash_status_change WHERE contact_id::text LIKE '00000000-0000-4000-6_00-%';
DELETE FROM mash_contact WHERE id::text LIKE '00000000-0000-4000-6_00-%';
DELETE FROM referral_status_change WHERE referral_id::text LIKE '00000000-0000-4000-6_01-%';
DELETE FROM referral WHERE id::text LIKE '00000000-0000-4000-6_01-%';

CREATE TEMP TABLE demo_contact ON COMMIT DROP AS
SELECT council.id AS authority_id, council.n, k,
       ('00000000-0000-4000-6' || council.n || '00-' || lpad(k::text, 12, '0'))::uuid AS id,
       ('00000000-0000-4000-6' || council.n || '01-' || lpad(k::text, 12, '0'))::uuid AS referral_id,
       'DMC' || substr(c, council.n::integer, 1) || '-XX' || substr(c, 1 + k / 22, 1) || substr(c, 1 + k % 22, 1) AS reference,
       ('00000000-0000-4000-b000-' || lpad(council.n::text, 12, '0'))::uuid AS worker_id,
       ('00000000-0000-4000-c000-' || lpad(council.n::text, 12, '0'))::uuid AS manager_id,
       -- Weekdays in office hours, two or three a week back over the year.
       (((now() AT TIME ZONE 'Europe/London')::date - (k * 3 + council.n::integer % 3)
          - CASE extract(isodow FROM (now() AT TIME ZONE 'Europe/London')::date - (k * 3 + council.n::integer % 3))
              WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END)
         + time '09:30' + (k % 5) * interval '1 hour 10 minutes') AT TIME ZONE 'Europe/London' AS received_at,
       (ARRAY['PROFESSIONAL', 'PROFESSIONAL', 'PROFESSIONAL', 'PROFESSIONAL', 'PARENT_CARER', 'PARENT_CARER', 'MEMBER_OF_PUBLIC',
              'MEMBER_OF_PUBLIC', 'CHILD', 'PROFESSIONAL'])[1 + k % 10] AS route,
       (ARRAY['Park Primary School', 'the GP surgery', 'Thames Valley Police', 'the health visiting team', 'Riverside Academy',
              'the hospital emergency department'])[1 + k % 6] AS organisation,
       (ARRAY['Designated safeguarding lead', 'GP', 'Police constable', 'Health visitor', 'Head of year', 'Paediatric nurse'])[1 + k % 6] AS role,
       (ARRAY['Leo', 'Maya', 'Noah', 'Isla', 'Ethan', 'Zara', 'Oscar', 'Ava', 'Kian', 'Lily', 'Reuben', 'Esme'])[1 + (k * 7 + council.n::integer) % 12]
         AS first_name,
       (ARRAY['Hughes', 'Khan', 'Nowak', 'Bennett', 'Okoro', 'Price', 'Murphy', 'Ali', 'Taylor', 'Singh'])[1 + (k * 3 + council.n::integer) % 10]
         AS last_name,
       (now() AT TIME ZONE 'Europe/London')::date - (730 + (k * 211 + council.n::integer * 97) % 5200) AS born,
       (ARRAY['NEGLECT', 'EMOTIONAL', 'PHYSICAL', 'NOT_SURE', 'NEGLECT', 'EXPLOITATION'])[1 + k % 6] AS category,
       (ARRAY['Comes to school hungry and in the same clothes most days.',
              'Shouting and things breaking heard from the flat most nights.',
              'A bruise on the arm the child could not explain.',
              'Worried about how the parent is coping since a bereavement.',
              'Often left at home alone in the evenings.',
              'Seen getting into cars with older young people after school.'])[1 + k % 6] AS summary,
       CASE WHEN k % 3 = 0 THEN 'NO_FURTHER_ACTION' ELSE 'ADVICE_AND_SIGNPOSTING' END AS outcome,
       (ARRAY['GREEN', 'GREEN', 'AMBER', 'GREEN', 'AMBER'])[1 + k % 5] AS rag
FROM (SELECT id, row_number() OVER (ORDER BY slug) AS n
        FROM authority WHERE id::text LIKE '00000000-0000-4000-8000-%') council
CROSS JOIN generate_series(1, 110) AS k
CROSS JOIN (SELECT 'ACDEFHJKMNPRTUVWXY3479'::text AS c) chars;

-- The referrals as the application stores them; a member of the public is anonymous one time in three.
INSERT INTO referral (authority_id, id, reference, channel, route, referral_type, status, submitted_at, immediate_danger, anonymous,
    reporter_email, idempotency_key, document, outcome)
SELECT d.authority_id, d.referral_id, d.reference, 'ONLINE', d.route, CASE WHEN d.route = 'PROFESSIONAL' THEN 'SAFEGUARDING' END,
       'DECIDED', d.received_at, false, d.route = 'MEMBER_OF_PUBLIC' AND k % 3 = 0,
       CASE WHEN d.route = 'MEMBER_OF_PUBLIC' AND k % 3 = 0 THEN NULL WHEN d.route = 'CHILD' THEN NULL ELSE 'referrer' || k || '@example.org' END,
       'demo-contact-' || d.id,
       jsonb_strip_nulls(jsonb_build_object(
         'route', d.route,
         'referralType', CASE WHEN d.route = 'PROFESSIONAL' THEN 'SAFEGUARDING' END,
         'referrer', CASE
           WHEN d.route = 'PROFESSIONAL' THEN jsonb_build_object('name', 'Sam Patel', 'organisation', d.organisation, 'role', d.role,
                                                                   'email', 'referrer' || k || '@example.org', 'phone', '01632 960 01' || (k % 10))
           WHEN d.route = 'PARENT_CARER' THEN jsonb_build_object('name', 'Jordan ' || d.last_name, 'relationship', 'Parent',
                                                                   'email', 'referrer' || k || '@example.org', 'parentalResponsibility', true)
           WHEN d.route = 'CHILD' THEN jsonb_build_object('name', d.first_name, 'relationship', 'The child or young person themselves')
           WHEN k % 3 <> 0 THEN jsonb_build_object('name', 'Chris Neighbour', 'relationship', 'Neighbour', 'email', 'referrer' || k || '@example.org')
           END,
         'confidential', false,
         'children', jsonb_build_array(jsonb_build_object('firstName', d.first_name, 'lastName', d.last_name,
                                                          'dateOfBirth', to_char(d.born, 'YYYY-MM-DD'))),
         'concern', jsonb_build_object('summary', d.summary, 'categories', jsonb_build_array(d.category), 'immediateDanger', false))),
       CASE d.outcome
         WHEN 'NO_FURTHER_ACTION' THEN 'We have looked carefully at what you told us and at what we already know. We will not be'
                                       || ' taking further action with the family at the moment.'
         ELSE 'We have given advice and information about services that may help. We will not be taking further action ourselves'
              || ' at the moment.' END
FROM demo_contact d;

INSERT INTO referral_status_change (authority_id, referral_id, seq, at, from_status, to_status, command, actor_id, actor_name, reason)
SELECT d.authority_id, d.referral_id, s.seq, d.received_at + s.after, s.from_status, s.to_status, s.command,
       CASE WHEN s.seq = 1 THEN '00000000-0000-0000-0000-000000000000'::uuid ELSE d.manager_id END,
       CASE WHEN s.seq = 1 THEN 'Front Door' ELSE 'Demo MASH team manager' END, ''
FROM demo_contact d
CROSS JOIN (VALUES (1, interval '0', NULL, 'RECEIVED', NULL), (2, interval '5 hours', 'RECEIVED', 'DECIDED', 'DECIDE'))
  AS s(seq, after, from_status, to_status, command);

INSERT INTO mash_contact (authority_id, id, referral_id, reference, channel, route, immediate_danger, received_at, status, rag,
    clock_started_at, decision_due_at, assigned_to, assigned_name, rag_reason, rated_by_name, rated_at, referral_type)
SELECT d.authority_id, d.id, d.referral_id, d.reference, 'ONLINE', d.route, false, d.received_at, 'AUTHORISED', d.rag,
       d.received_at, d.received_at + interval '1 day', d.worker_id, w.display_name,
       CASE d.rag WHEN 'AMBER' THEN 'Needs looking at today: no one is at immediate risk.' ELSE 'Needs, not an immediate risk.' END,
       w.display_name, d.received_at + interval '30 minutes', CASE WHEN d.route = 'PROFESSIONAL' THEN 'SAFEGUARDING' END
FROM demo_contact d JOIN staff_user w ON w.id = d.worker_id;

INSERT INTO mash_status_change (authority_id, contact_id, seq, at, from_status, to_status, command, actor_id, actor_name, reason)
SELECT d.authority_id, d.id, s.seq, d.received_at + s.after, s.from_status, s.to_status, s.command,
       CASE s.seq WHEN 1 THEN '00000000-0000-0000-0000-000000000000'::uuid WHEN 4 THEN d.manager_id ELSE d.worker_id END,
       CASE s.seq WHEN 1 THEN 'Front Door' WHEN 4 THEN m.display_name ELSE w.display_name END, ''
FROM demo_contact d
JOIN staff_user w ON w.id = d.worker_id
JOIN staff_user m ON m.id = d.manager_id
CROSS JOIN (VALUES (1, interval '0', NULL, 'NEW', NULL), (2, interval '30 minutes', 'NEW', 'IN_TRIAGE', 'PICK_UP'),
                   (3, interval '3 hours', 'IN_TRIAGE', 'AWAITING_AUTHORISATION', 'DECIDE'),
                   (4, interval '5 hours', 'AWAITING_AUTHORISATION', 'AUTHORISED', 'AUTHORISE'))
  AS s(seq, after, from_status, to_status, command);

INSERT INTO mash_decision (authority_id, contact_id, threshold_level, rationale, outcome, next_steps, decided_by, decided_by_name,
    decided_at, authorised_by, authorised_by_name, authorised_at)
SELECT d.authority_id, d.id, CASE d.outcome WHEN 'NO_FURTHER_ACTION' THEN 1 ELSE 2 END,
       CASE d.outcome WHEN 'NO_FURTHER_ACTION' THEN 'Checks with school and health raise no further worries; the family is known to be coping.'
                      ELSE 'Needs that universal and community services can meet; the family agreed to be told what is on offer.' END,
       d.outcome,
       CASE d.outcome WHEN 'NO_FURTHER_ACTION' THEN 'None.' ELSE 'Details of the local family hub and parenting support sent to the family.' END,
       d.worker_id, w.display_name, d.received_at + interval '3 hours', d.manager_id, m.display_name, d.received_at + interval '5 hours'
FROM demo_contact d
JOIN staff_user w ON w.id = d.worker_id
JOIN staff_user m ON m.id = d.manager_id;
