-- Demo data: about 3,000 made-up people for each demo council, in about 800 households of one or
-- two adults and one to four children (now and then an unborn child), with UK first names and
-- surnames drawn more often the more common they are, dates of birth that fit the family, valid
-- NHS numbers for most (none where the check digit would be 10), postcodes in the council's
-- districts, and histories: contacts, referrals (some re-referrals within 12 months), open cases,
-- child protection plans, LADO involvement of a few adults, and households with repeated contacts
-- that each fell below the threshold. Every value comes from an MD5 hash of where it is, so each
-- run makes the same people. Identifiers: households 00000000-0000-4000-e<council>-…, people
-- 00000000-0000-4000-d<council>-…, history 00000000-0000-4000-f<council>-….

CREATE FUNCTION pg_temp.demo_random(key text) RETURNS double precision LANGUAGE sql IMMUTABLE
  RETURN ('x' || substr(md5(key), 1, 8))::bit(32)::bigint / 4294967296.0;

-- The first names in a list are the most common: a skew above 1 draws them more often.
CREATE FUNCTION pg_temp.demo_pick(names text[], key text, skew double precision) RETURNS text
  LANGUAGE sql IMMUTABLE
  RETURN names[1 + floor(cardinality(names) * power(pg_temp.demo_random(key), skew))::int];

-- Nine digits from the key and the modulus 11 check digit; null where the check would be 10.
CREATE FUNCTION pg_temp.demo_nhs_number(key text) RETURNS text LANGUAGE sql IMMUTABLE
  RETURN (
    SELECT CASE WHEN check_digit = 10 THEN NULL ELSE digits || check_digit END
      FROM (SELECT digits, (11 - sum(substr(digits, i, 1)::int * (11 - i)) % 11) % 11 AS check_digit
              FROM (SELECT (ARRAY['4', '6', '7', '9'])[1 + floor(4 * pg_temp.demo_random(key || 'a'))::int]
                           || lpad(floor(pg_temp.demo_random(key || 'b') * 1e8)::bigint::text, 8, '0') AS digits) d,
                   generate_series(1, 9) i
             GROUP BY digits) c);

UPDATE person SET household_id = NULL
 WHERE household_id::text LIKE '00000000-0000-4000-e%' AND id::text NOT LIKE '00000000-0000-4000-d%';
DELETE FROM person_link WHERE person_id::text LIKE '00000000-0000-4000-d%';
DELETE FROM person_history WHERE person_id::text LIKE '00000000-0000-4000-d%';
DELETE FROM person WHERE id::text LIKE '00000000-0000-4000-d%';
DELETE FROM household WHERE id::text LIKE '00000000-0000-4000-e%';

CREATE TEMP TABLE demo_household ON COMMIT DROP AS
SELECT council.authority_id, council.c, n,
       ('00000000-0000-4000-e' || council.c || '-' || lpad(n::text, 12, '0'))::uuid AS id,
       council.c || ':' || n AS k,
       pg_temp.demo_pick(ARRAY[
         'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas',
         'Johnson', 'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards',
         'Hughes', 'Green', 'Hall', 'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson', 'Wood',
         'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Morris', 'Moore', 'Clark', 'Lee', 'King',
         'Baker', 'Harrison', 'Morgan', 'Allen', 'James', 'Scott', 'Phillips', 'Watson', 'Davis',
         'Parker', 'Price', 'Bennett', 'Young', 'Griffiths', 'Mitchell', 'Kelly', 'Cook', 'Carter',
         'Richardson', 'Bailey', 'Collins', 'Bell', 'Shaw', 'Murphy', 'Miller', 'Cox', 'Richards',
         'Khan', 'Marshall', 'Anderson', 'Simpson', 'Ellis', 'Adams', 'Singh', 'Begum', 'Wilkinson',
         'Foster', 'Chapman', 'Powell', 'Webb', 'Rogers', 'Gray', 'Mason', 'Ali', 'Hunt', 'Hussain',
         'Campbell', 'Matthews', 'Owen', 'Palmer', 'Holmes', 'Mills', 'Barnes', 'Knight', 'Lloyd',
         'Butler', 'Russell', 'Barker', 'Fisher', 'Stevens', 'Jenkins', 'Murray', 'Dixon', 'Harvey',
         'Kowalski', 'Nowak', 'Okafor', 'Ahmed', 'O''Brien', 'McDonald', 'Mensah', 'Nguyen'],
         council.c || ':' || n || ':surname', 1.15) AS surname,
       council.districts[1 + floor(cardinality(council.districts) * pg_temp.demo_random(council.c || ':' || n || ':district'))::int]
         || ' ' || (1 + floor(9 * pg_temp.demo_random(council.c || ':' || n || ':sector'))::int)
         || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + floor(20 * pg_temp.demo_random(council.c || ':' || n || ':unit1'))::int, 1)
         || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + floor(20 * pg_temp.demo_random(council.c || ':' || n || ':unit2'))::int, 1) AS postcode,
       (1 + floor(140 * pg_temp.demo_random(council.c || ':' || n || ':number'))::int) || ' '
         || pg_temp.demo_pick(ARRAY['High Street', 'Church Road', 'Station Road', 'Victoria Road',
              'Park Avenue', 'Mill Lane', 'The Green', 'Queens Road', 'Manor Way', 'School Lane',
              'Kings Road', 'Elm Close', 'Orchard Way', 'Meadow View', 'London Road', 'Chapel Street'],
              council.c || ':' || n || ':street', 1.0) AS address_line,
       1 + (pg_temp.demo_random(council.c || ':' || n || ':adults') < 0.55)::int AS adults,
       1 + floor(power(pg_temp.demo_random(council.c || ':' || n || ':children'), 1.4) * 4)::int AS children,
       DATE '1975-01-01' + floor(pg_temp.demo_random(council.c || ':' || n || ':parent') * 27 * 365)::int AS parent_born
  FROM (SELECT id AS authority_id, right(id::text, 3) AS c,
               ARRAY(SELECT jsonb_array_elements_text(document -> 'postcodeDistricts')) AS districts
          FROM authority WHERE id::text LIKE '00000000-0000-4000-8000-%'
           AND jsonb_array_length(document -> 'postcodeDistricts') > 0) council,
       generate_series(1, 800) n;

INSERT INTO household (authority_id, id, address_line, postcode, created_at)
SELECT authority_id, id, address_line, postcode, TIMESTAMPTZ '2019-04-01 09:00:00+01' FROM demo_household;

CREATE TEMP TABLE demo_person ON COMMIT DROP AS
SELECT h.authority_id, h.c, h.id AS household_id, h.postcode, h.address_line, m.kind, m.k,
       ('00000000-0000-4000-d' || h.c || '-' || lpad((h.n * 10 + m.slot)::text, 12, '0'))::uuid AS id,
       CASE WHEN m.kind = 'CHILD' AND pg_temp.demo_random(m.k || ':unborn') < 0.015 AND m.slot = 2 + h.children
            THEN 'UNBORN' ELSE m.kind END AS status,
       CASE WHEN m.kind = 'ADULT' THEN (CASE WHEN (m.slot = 1) = (pg_temp.demo_random(h.k || ':carer') < 0.8) THEN 'FEMALE' ELSE 'MALE' END)
            ELSE (CASE WHEN pg_temp.demo_random(m.k || ':gender') < 0.5 THEN 'FEMALE' ELSE 'MALE' END) END AS gender,
       CASE WHEN m.kind = 'ADULT' AND m.slot = 1 THEN h.parent_born
            WHEN m.kind = 'ADULT' THEN h.parent_born + floor((pg_temp.demo_random(m.k || ':partner') - 0.3) * 8 * 365)::int
            ELSE greatest(h.parent_born + 17 * 365 + floor(pg_temp.demo_random(m.k || ':gap') * 400)::int,
                          DATE '2026-11-01' - floor(pg_temp.demo_random(m.k || ':born') * 17.5 * 365)::int) END AS born,
       CASE WHEN m.kind = 'CHILD' AND pg_temp.demo_random(m.k || ':othername') < 0.12
            THEN pg_temp.demo_pick(ARRAY['Smith', 'Jones', 'Brown', 'Taylor', 'Wilson', 'Evans', 'Walker',
                   'Wright', 'Hughes', 'Green', 'Carter', 'Hussain', 'Kaur', 'Murphy'], m.k || ':father', 1.3)
                 || CASE WHEN pg_temp.demo_random(m.k || ':hyphen') < 0.4 THEN '-' || h.surname ELSE '' END
            ELSE h.surname END AS surname
  FROM demo_household h
  CROSS JOIN LATERAL (
    SELECT 'ADULT' AS kind, a AS slot, h.k || ':' || a AS k FROM generate_series(1, h.adults) a
    UNION ALL
    SELECT 'CHILD', 2 + i, h.k || ':' || (2 + i) FROM generate_series(1, h.children) i) m;

INSERT INTO person (authority_id, id, kind, first_name, last_name, date_of_birth, expected_date, gender,
                    nhs_number, postcode, address_line, household_id, created_at)
SELECT authority_id, id, kind,
       CASE WHEN status = 'UNBORN' THEN ''
            WHEN kind = 'ADULT' AND gender = 'FEMALE' THEN pg_temp.demo_pick(ARRAY[
              'Sarah', 'Emma', 'Laura', 'Rebecca', 'Gemma', 'Claire', 'Lisa', 'Michelle', 'Kelly',
              'Nicola', 'Amy', 'Katie', 'Hayley', 'Stacey', 'Jennifer', 'Samantha', 'Danielle',
              'Louise', 'Victoria', 'Jessica', 'Joanne', 'Rachel', 'Charlotte', 'Natalie', 'Leanne',
              'Kerry', 'Donna', 'Helen', 'Jade', 'Zoe', 'Lauren', 'Sophie', 'Hannah', 'Amanda',
              'Karen', 'Fatima', 'Ayesha', 'Agnieszka', 'Chantelle', 'Siobhan'], k || ':first', 1.2)
            WHEN kind = 'ADULT' THEN pg_temp.demo_pick(ARRAY[
              'David', 'Michael', 'James', 'John', 'Daniel', 'Christopher', 'Paul', 'Mark', 'Matthew',
              'Andrew', 'Richard', 'Robert', 'Thomas', 'Lee', 'Darren', 'Craig', 'Jamie', 'Ben',
              'Ryan', 'Adam', 'Stephen', 'Steven', 'Jason', 'Carl', 'Wayne', 'Scott', 'Liam', 'Dean',
              'Gary', 'Simon', 'Luke', 'Jonathan', 'Nathan', 'Anthony', 'Mohammed', 'Imran', 'Kevin',
              'Peter', 'Piotr', 'Tomasz'], k || ':first', 1.2)
            WHEN gender = 'FEMALE' THEN pg_temp.demo_pick(ARRAY[
              'Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Isabella', 'Sophia', 'Grace', 'Lily', 'Freya',
              'Emily', 'Ivy', 'Ella', 'Rosie', 'Evie', 'Florence', 'Poppy', 'Charlotte', 'Willow',
              'Sienna', 'Jessica', 'Sophie', 'Chloe', 'Ruby', 'Emma', 'Ellie', 'Millie', 'Lucy',
              'Daisy', 'Phoebe', 'Layla', 'Harper', 'Maisie', 'Erin', 'Aisha', 'Zara', 'Maya',
              'Hannah', 'Holly', 'Scarlett'], k || ':first', 1.2)
            ELSE pg_temp.demo_pick(ARRAY[
              'Oliver', 'George', 'Noah', 'Arthur', 'Harry', 'Leo', 'Muhammad', 'Jack', 'Charlie',
              'Oscar', 'Jacob', 'Henry', 'Thomas', 'Freddie', 'Alfie', 'Theo', 'William', 'Theodore',
              'Archie', 'Joshua', 'Alexander', 'James', 'Isaac', 'Edward', 'Lucas', 'Tommy', 'Finley',
              'Max', 'Logan', 'Ethan', 'Mohammed', 'Teddy', 'Benjamin', 'Arlo', 'Joseph', 'Sebastian',
              'Harrison', 'Elijah', 'Adam', 'Daniel', 'Samuel', 'Louie', 'Mason', 'Reuben', 'Jayden',
              'Dylan', 'Riley', 'Tyler', 'Kai', 'Callum'], k || ':first', 1.2) END,
       surname,
       CASE WHEN status = 'UNBORN' THEN NULL ELSE born END,
       CASE WHEN status = 'UNBORN' THEN DATE '2027-01-10' + floor(pg_temp.demo_random(k || ':due') * 120)::int END,
       CASE WHEN status = 'UNBORN' THEN 'UNKNOWN' ELSE gender END,
       CASE WHEN status <> 'UNBORN' AND pg_temp.demo_random(k || ':hasnhs') < 0.93 THEN pg_temp.demo_nhs_number(k) END,
       postcode, address_line, household_id, TIMESTAMPTZ '2019-04-01 09:00:00+01'
  FROM demo_person;

-- Histories. Dates count back from 20 November 2026, so "the last 12 months" holds for the demo.
INSERT INTO person_history (authority_id, id, person_id, kind, reference, started_on, ended_on, below_threshold, summary)
SELECT p.authority_id,
       ('00000000-0000-4000-f' || p.c || '-' || lpad((right(p.id::text, 12)::bigint * 100 + e.slot)::text, 12, '0'))::uuid,
       p.id, e.kind, e.reference, e.started_on, e.ended_on, e.below_threshold, e.summary
  FROM demo_person p
  CROSS JOIN LATERAL (
    VALUES
      -- An earlier contact that went no further.
      (1, 'CONTACT', 'DEMO-C' || p.c || right(p.id::text, 6) || 'A',
       DATE '2026-11-20' - floor(pg_temp.demo_random(p.k || ':c1') * 6 * 365)::int, NULL::date, true,
       'Advice and signposting', pg_temp.demo_random(p.k || ':hasc1') < 0.30 AND p.kind = 'CHILD'),
      -- A referral more than a year ago.
      (2, 'REFERRAL', 'DEMO-R' || p.c || right(p.id::text, 6) || 'A',
       DATE '2025-11-01' - floor(pg_temp.demo_random(p.k || ':r1') * 4 * 365)::int, NULL, false,
       'Referral to children''s social care', pg_temp.demo_random(p.k || ':hasr1') < 0.12 AND p.kind = 'CHILD'),
      -- A referral in the last 12 months: with the one above, a re-referral for some.
      (3, 'REFERRAL', 'DEMO-R' || p.c || right(p.id::text, 6) || 'B',
       DATE '2026-11-20' - floor(pg_temp.demo_random(p.k || ':r2') * 330)::int, NULL, false,
       'Referral to children''s social care', pg_temp.demo_random(p.k || ':hasr2') < 0.06 AND p.kind = 'CHILD'),
      (4, 'CP_PLAN', 'DEMO-P' || p.c || right(p.id::text, 6),
       DATE '2026-10-01' - floor(pg_temp.demo_random(p.k || ':cp') * 5 * 365)::int,
       CASE WHEN pg_temp.demo_random(p.k || ':cpended') < 0.6 THEN DATE '2026-10-15' - floor(pg_temp.demo_random(p.k || ':cp') * 5 * 365)::int + 250 END,
       false, 'Child protection plan (neglect)', pg_temp.demo_random(p.k || ':hascp') < 0.03 AND p.kind = 'CHILD'),
      (5, 'OPEN_CASE', 'DEMO-K' || p.c || right(p.id::text, 6),
       DATE '2026-11-15' - floor(pg_temp.demo_random(p.k || ':open') * 300)::int, NULL, false,
       'Child in need: allocated social worker', pg_temp.demo_random(p.k || ':hasopen') < 0.05 AND p.kind = 'CHILD'),
      (6, 'LADO', 'DEMO-L' || p.c || right(p.id::text, 6),
       DATE '2026-11-01' - floor(pg_temp.demo_random(p.k || ':lado') * 3 * 365)::int, NULL, false,
       'Allegation against an adult who works with children', pg_temp.demo_random(p.k || ':haslado') < 0.01 AND p.kind = 'ADULT')
  ) e (slot, kind, reference, started_on, ended_on, below_threshold, summary, present)
 WHERE e.present AND p.status <> 'UNBORN';

-- About one household in 25: three or four contacts in the last 12 months, each below the
-- threshold, recorded against every child in the household (one contact, one reference).
INSERT INTO person_history (authority_id, id, person_id, kind, reference, started_on, below_threshold, summary)
SELECT p.authority_id,
       ('00000000-0000-4000-f' || p.c || '-' || lpad((right(p.id::text, 12)::bigint * 100 + 6 + c.i)::text, 12, '0'))::uuid,
       p.id, 'CONTACT', 'DEMO-H' || h.c || lpad(h.n::text, 4, '0') || c.i,
       DATE '2026-11-20' - floor(pg_temp.demo_random(h.k || ':hc' || c.i) * 350)::int, true,
       (ARRAY['School: child hungry and unkempt', 'Police: domestic incident, no injuries',
              'Health visitor: missed appointments', 'Neighbour: children left alone in the evening'])[c.i]
  FROM demo_household h
  CROSS JOIN LATERAL generate_series(1, 3 + floor(pg_temp.demo_random(h.k || ':hcount') * 3)::int) c (i)
  JOIN demo_person p ON p.household_id = h.id AND p.kind = 'CHILD' AND p.status <> 'UNBORN'
 WHERE pg_temp.demo_random(h.k || ':repeated') < 0.04 AND c.i <= 4;
