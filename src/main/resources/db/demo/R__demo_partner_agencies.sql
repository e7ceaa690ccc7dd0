-- Demo data: each demo council's MASH asks its police, health and education partners, whose
-- nominated leads are told of overdue requests. Their demo practitioners are in R__demo_staff_users.
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
