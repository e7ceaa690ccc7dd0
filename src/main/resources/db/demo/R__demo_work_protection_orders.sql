-- (Named to run after R__demo_work_protection, whose children it describes: Flyway runs repeatable migrations in the order of
-- their names. That script re-creates its episodes, which takes these rows with them (ON DELETE CASCADE), so this one runs at
-- every start-up: ${flyway:timestamp}.)
-- Demo data: emergency protection in each demo council (issue 18), one of each kind of step, dated from each child's
-- referral so that they fit whenever R__demo_work_protection was loaded:
--   child 4 (on a plan) an emergency protection order made on the referral day, extended once, by 6 days;
--   child 6 (on a plan) police protection the night before the referral, ended the next afternoon;
--   child 11 (a plan ended in 2025-26) an order discharged after 3 days; child 12 police protection, ended the next morning.
-- So Ofsted's Annex A list 7 says Y for children whose protection fell in the six months before the period's end.
-- Identifiers: 00000000-0000-4000-7<council>60-<k, 12 digits>.
DELETE FROM casework_emergency_protection WHERE id::text LIKE '00000000-0000-4000-7_60-%';

CREATE TEMP TABLE demo_ep ON COMMIT DROP AS
SELECT e.authority_id, e.id AS episode_id, e.referral_date AS ref, e.lead_id, e.lead_name, v.k, v.kind, v.status,
       ('00000000-0000-4000-7' || substr(e.id::text, 21, 1) || '60-' || lpad(v.k::text, 12, '0'))::uuid AS id,
       CASE a.slug WHEN 'northamptonshire' THEN 'Northampton Family Court' WHEN 'oxfordshire' THEN 'Oxford Family Court'
                   WHEN 'southampton' THEN 'Southampton Family Court' ELSE 'Reading Family Court' END AS court,
       CASE a.slug WHEN 'northamptonshire' THEN 'Northamptonshire Police' WHEN 'southampton' THEN 'Hampshire and Isle of Wight Constabulary'
                   ELSE 'Thames Valley Police' END AS force
FROM casework_episode e
JOIN authority a ON a.id = e.authority_id
JOIN (VALUES (4, 'EMERGENCY_PROTECTION_ORDER', 'EXTENDED'), (6, 'POLICE_PROTECTION', 'ENDED'),
             (11, 'EMERGENCY_PROTECTION_ORDER', 'DISCHARGED'), (12, 'POLICE_PROTECTION', 'ENDED')) AS v (k, kind, status)
  ON e.id::text = '00000000-0000-4000-7' || substr(e.id::text, 21, 1) || '00-' || lpad(v.k::text, 12, '0')
WHERE a.id::text LIKE '00000000-0000-4000-8000-%';

INSERT INTO casework_emergency_protection (authority_id, id, episode_id, kind, status, started_at, court, ends_on, extended_on,
    extended_to, police_force, police_reference, ended_at, end_reason, recorded_by_id, recorded_by_name, created_at)
SELECT authority_id, id, episode_id, kind, status,
       CASE k WHEN 4 THEN (ref + time '14:30') WHEN 6 THEN (ref - 1 + time '22:40') WHEN 11 THEN (ref + time '11:00')
              ELSE (ref - 1 + time '19:15') END AT TIME ZONE 'Europe/London',
       CASE WHEN kind = 'EMERGENCY_PROTECTION_ORDER' THEN court END,
       CASE WHEN kind = 'EMERGENCY_PROTECTION_ORDER' THEN ref + 8 END,
       CASE WHEN k = 4 THEN ref + 7 END, CASE WHEN k = 4 THEN ref + 14 END,
       CASE WHEN kind = 'POLICE_PROTECTION' THEN force END,
       CASE WHEN kind = 'POLICE_PROTECTION' THEN 'PC ' || (2000 + k * 37) || ', incident ' || to_char(ref, 'YYYYMMDD') || '-' || k END,
       CASE k WHEN 6 THEN (ref + time '15:00') AT TIME ZONE 'Europe/London' WHEN 11 THEN (ref + 3 + time '10:00') AT TIME ZONE 'Europe/London'
              WHEN 12 THEN (ref + time '09:30') AT TIME ZONE 'Europe/London' END,
       CASE k WHEN 6 THEN 'The strategy discussion agreed a safety plan; the child went to stay with his grandparents.'
              WHEN 11 THEN 'Discharged by the court on the council''s application: the child is living with her grandmother under a safety plan.'
              WHEN 12 THEN 'The child went home once the mother''s partner had left the household.' END,
       coalesce(lead_id, '00000000-0000-0000-0000-000000000000'), coalesce(lead_name, 'Front Door'),
       CASE k WHEN 4 THEN (ref + time '17:00') WHEN 6 THEN (ref + time '16:00') WHEN 11 THEN (ref + time '13:00')
              ELSE (ref + time '10:00') END AT TIME ZONE 'Europe/London'
FROM demo_ep;

INSERT INTO casework_emergency_protection_status_change (authority_id, emergency_protection_id, seq, at, from_status, to_status, command,
    actor_id, actor_name, reason)
SELECT p.authority_id, p.id, 1, p.created_at, NULL, CASE WHEN p.kind = 'POLICE_PROTECTION' THEN 'TAKEN' ELSE 'MADE' END, NULL,
       p.recorded_by_id, p.recorded_by_name, 'Recorded (demo data)'
FROM casework_emergency_protection p JOIN demo_ep d ON d.authority_id = p.authority_id AND d.id = p.id
UNION ALL
SELECT p.authority_id, p.id, 2, greatest(p.created_at, coalesce(p.ended_at, (p.extended_on + time '16:00') AT TIME ZONE 'Europe/London')),
       CASE WHEN p.kind = 'POLICE_PROTECTION' THEN 'TAKEN' ELSE 'MADE' END, p.status,
       CASE p.status WHEN 'EXTENDED' THEN 'EXTEND' WHEN 'DISCHARGED' THEN 'DISCHARGE' ELSE 'END' END,
       p.recorded_by_id, p.recorded_by_name, 'Demo data'
FROM casework_emergency_protection p JOIN demo_ep d ON d.authority_id = p.authority_id AND d.id = p.id;
