-- (Named to run after R__demo_work_casework and R__demo_work_protection, whose episodes it describes: Flyway runs
-- repeatable migrations in the order of their names. Those scripts re-create their episodes, which takes these rows
-- with them (ON DELETE CASCADE), so this one runs at every start-up: ${flyway:timestamp}.)
-- Demo data: the census details of every demo episode (issue 18), so each council's children in need census is
-- complete: sex (U for an unborn child), ethnicity, disabilities (most none, some several), the UPN with its check
-- letter (the council's DfE code at characters 2 to 4) or why it is unknown (UN1 for a child not yet of school age
-- or unborn, UN2, UN3 or UN5 for a few older children), and the source of the referral, in spreads like a council's.
INSERT INTO casework_census_detail (authority_id, episode_id, sex, ethnicity, disabilities, upn, upn_unknown,
    referral_source, recorded_at, recorded_by_id, recorded_by_name)
SELECT e.authority_id, e.id,
       CASE WHEN e.date_of_birth IS NULL THEN 'U' WHEN e.h % 2 = 0 THEN 'F' ELSE 'M' END,
       (ARRAY['WBRI', 'WBRI', 'WBRI', 'WBRI', 'WBRI', 'WBRI', 'WBRI', 'WBRI', 'WBRI', 'WBRI', 'WBRI', 'WBRI', 'WOTH',
              'WOTH', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN', 'ABAN', 'BAFR', 'BCRB', 'CHNE', 'OOTH', 'WROM',
              'WIRT', 'NOBT'])[1 + (e.h / 3) % 28],
       string_to_array((ARRAY['NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'NONE',
              'NONE', 'LD', 'AUT', 'LD,AUT', 'COMM,LD', 'BEH', 'MOB,HAND,PC', 'HEAR', 'VIS', 'DDA', 'INC,PC', 'CON',
              'AUT,BEH,COMM'])[1 + (e.h / 5) % 24], ','),
       CASE WHEN e.school_age AND e.h % 9 <> 0 THEN
         substr('ABCDEFGHJKLMNPQRTUVWXYZ',
                1 + (SELECT sum(substr(e.digits, i, 1)::int * (i + 1)) FROM generate_series(1, 12) i)::int % 23, 1) || e.digits
       END,
       CASE WHEN NOT e.school_age THEN 'UN1' WHEN e.h % 9 = 0 THEN (ARRAY['UN2', 'UN3', 'UN5'])[1 + (e.h / 9) % 3] END,
       (ARRAY['6', '6', '6', '6', '6', '2A', '2A', '2A', '2A', '3A', '3B', '3D', '3E', '3F', '1A', '1A', '1B', '1C',
              '5D', '5D', '5A', '4', '7', '8', '8', '9', '2B', '3C'])[1 + (e.h / 7) % 28],
       e.opened_at, '00000000-0000-0000-0000-000000000000', 'Front Door (demo data)'
FROM (SELECT c.authority_id, c.id, c.date_of_birth, c.opened_at, hashtext(c.id::text)::bigint & 2147483647 AS h,
             c.date_of_birth IS NOT NULL AND c.date_of_birth <= date '2021-08-31' AS school_age,
             CASE a.slug WHEN 'bracknell-forest' THEN '867' WHEN 'northamptonshire' THEN '941' WHEN 'oxfordshire' THEN '931'
                         WHEN 'southampton' THEN '852' WHEN 'west-berkshire' THEN '869' ELSE '999' END
               || lpad(((hashtext(c.id::text)::bigint & 2147483647) % 100000000)::text, 8, '0')
               || ((hashtext(c.id::text || 'upn')::bigint & 2147483647) % 10)::text AS digits
        FROM casework_episode c JOIN authority a ON a.id = c.authority_id
       WHERE a.id::text LIKE '00000000-0000-4000-8000-%') e
ON CONFLICT (authority_id, episode_id) DO NOTHING;
