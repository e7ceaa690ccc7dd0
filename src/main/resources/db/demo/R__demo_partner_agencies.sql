-- Demo data: each demo council's MASH asks its police, health and education partners, whose
-- nominated leads are told of overdue requests; and a partner practitioner in each
-- (police.officer@<slug>.demo, health.practitioner@<slug>.demo, education.officer@<slug>.demo,
-- password "demo-password").
INSERT INTO partner_agency (authority_id, agency, name, lead_email)
SELECT council.id, agency.code, agency.name || council.area, agency.lead || '@' || council.slug || '.demo'
FROM (VALUES
    ('00000000-0000-4000-8000-000000000001'::uuid, 'oxfordshire', ' (Oxfordshire)'),
    ('00000000-0000-4000-8000-000000000002'::uuid, 'bracknell-forest', ' (Bracknell Forest)'),
    ('00000000-0000-4000-8000-000000000003'::uuid, 'southampton', ' (Southampton)'),
    ('00000000-0000-4000-8000-000000000004'::uuid, 'northamptonshire', ' (Northamptonshire)'),
    ('00000000-0000-4000-8000-000000000005'::uuid, 'west-berkshire', ' (West Berkshire)')
  ) AS council (id, slug, area)
CROSS JOIN (VALUES
    ('POLICE', 'Police public protection unit', 'police.lead'),
    ('HEALTH', 'Health safeguarding team', 'health.lead'),
    ('EDUCATION', 'Education safeguarding team', 'education.lead')
  ) AS agency (code, name, lead)
WHERE EXISTS (SELECT 1 FROM authority WHERE authority.id = council.id)
ON CONFLICT (authority_id, agency) DO UPDATE SET name = EXCLUDED.name, lead_email = EXCLUDED.lead_email;

INSERT INTO staff_user (id, authority_id, username, display_name, agency, roles, password_hash)
SELECT (staff.id_prefix || lpad(council.n::text, 12, '0'))::uuid,
       council.id,
       staff.username || '@' || council.slug || '.demo',
       staff.display_name || ', ' || council.name,
       staff.agency,
       ARRAY['PARTNER_PRACTITIONER'],
       crypt('demo-password', gen_salt('bf', 10))
FROM (SELECT id, slug, name, row_number() OVER (ORDER BY slug) AS n
        FROM authority WHERE id::text LIKE '00000000-0000-4000-8000-%') council
CROSS JOIN (VALUES
    ('00000000-0000-4000-d000-', 'police.officer', 'Demo police officer', 'POLICE'),
    ('00000000-0000-4000-d100-', 'health.practitioner', 'Demo health practitioner', 'HEALTH'),
    ('00000000-0000-4000-d200-', 'education.officer', 'Demo education officer', 'EDUCATION')
  ) AS staff (id_prefix, username, display_name, agency)
ON CONFLICT (id) DO UPDATE SET username = EXCLUDED.username, display_name = EXCLUDED.display_name,
  agency = EXCLUDED.agency, roles = EXCLUDED.roles;
