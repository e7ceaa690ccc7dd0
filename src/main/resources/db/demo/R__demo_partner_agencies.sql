-- Demo data: each demo council's MASH asks its police, health and education partners, whose
-- nominated leads are told of overdue requests; and a partner practitioner in each
-- (police.officer@<slug>.demo, health.practitioner@<slug>.demo, education.officer@<slug>.demo,
-- password "demo-password", authenticator app set up with the demo key as in R__demo_staff_users).
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

INSERT INTO staff_user (id, authority_id, username, display_name, agency, roles, password_hash,
                        totp_secret, totp_enrolled_at)
SELECT (staff.id_prefix || lpad(council.n::text, 12, '0'))::uuid,
       council.id,
       staff.username || '@' || council.slug || '.demo',
       staff.display_name || ', ' || council.name,
       staff.agency,
       ARRAY['PARTNER_PRACTITIONER'],
       crypt('demo-password', gen_salt('bf', 10)),
       demo_key.sealed,
       now()
FROM (SELECT id, slug, name, row_number() OVER (ORDER BY slug) AS n
        FROM authority WHERE id::text LIKE '00000000-0000-4000-8000-%') council
CROSS JOIN (VALUES
    ('00000000-0000-4000-d000-', 'police.officer', 'Demo police officer', 'POLICE'),
    ('00000000-0000-4000-d100-', 'health.practitioner', 'Demo health practitioner', 'HEALTH'),
    ('00000000-0000-4000-d200-', 'education.officer', 'Demo education officer', 'EDUCATION')
  ) AS staff (id_prefix, username, display_name, agency)
JOIN (VALUES
    ('police.officer@bracknell-forest.demo', '\x0116f179e09af40d9e272a1559bd5becc8c849f3c40562ec0cb8c68e8bc0f8bc98e2574d0b40acb6bf39ea2ab2fba8b158'::bytea),
    ('police.officer@northamptonshire.demo', '\x012c56bf530347b582f92a9c62898ba7f80525be11d932bbc159ffa1d3fdef91d7c2a1751d2b50932d938a4326e4bc3f53'::bytea),
    ('police.officer@oxfordshire.demo', '\x01ba080138061b9a4e23129ac309ccb335bc28e8fd7cfd409de5eaaf5c059ed193a3c8fa452bb096d5a36a1f0bbe0f2056'::bytea),
    ('police.officer@southampton.demo', '\x01231f695d959dd334f114a4b13262a736e1913cb5d5df2e5cf5d05a7cece5bbb95a4fd6554fe0a81dff2fc62e3cb48e5c'::bytea),
    ('police.officer@west-berkshire.demo', '\x01f5c671122c7ce3ac4b27a4c29fccbbf6463c97639af3c3b97532421f6ebcd35afb230ae7e9096b7dbe973e705bb43e46'::bytea),
    ('health.practitioner@bracknell-forest.demo', '\x01a6e7fc8dfb23f27e3238409dc19f6ba0cc687224355bab6950441c2753dc88d4977c87d707adf8cb5c3501602cdfe0de'::bytea),
    ('health.practitioner@northamptonshire.demo', '\x016f34aa7dbc3a7b8b601dba2545f5b9a9caf41407f2b24e114d8f27df0b706696a5ccafaafb48a0e7b29d983fa83c8fc1'::bytea),
    ('health.practitioner@oxfordshire.demo', '\x012f1c03c064d4365de94e6109be76d48a2dccaf90f29de2fc8e8e310bf2b8ac5a4e10c49bc8f776ce849fadc5bd87bf13'::bytea),
    ('health.practitioner@southampton.demo', '\x01bff8a899019761f45b1874e4adea8403758221b43376e2332b519edcf9deb53a4ed8668b66f4415d499debb5f66039c7'::bytea),
    ('health.practitioner@west-berkshire.demo', '\x019146f2ff015a5611345d4596b5047866d5ef901460232a8798a6037d43307e1c542d64c03a8f394167a9e1e6d0ef372a'::bytea),
    ('education.officer@bracknell-forest.demo', '\x012a67ad56ac13e27d08523145a3d35d40303be75f5b521e4937297fc84277418879b202e0cb735c171dffd63f327fa45b'::bytea),
    ('education.officer@northamptonshire.demo', '\x018c062a27f08e7ec1148d307a928c87467b9565cf73e8c8a311b11c092b3e4d4df370ad87df8fee9a635a45749a3d213e'::bytea),
    ('education.officer@oxfordshire.demo', '\x01367d3d4b2579e42d660f97a2fe84b2aba64918fa60d36f59c4d848506cb894a8da825711acbec418ab0bed5bffe3024b'::bytea),
    ('education.officer@southampton.demo', '\x01cf5b888d90fc51851a9643d255586e5b0ceed5404eba80be2f859d4526b5eaa83f67e7c236e7849a03024a5dad1465b1'::bytea),
    ('education.officer@west-berkshire.demo', '\x01295cef01797d9c2a2763d19a6033348cd62fcb4be49ed240904cbbc071ac27ba2c2b08b5d6d9752f162db4bc392877a9'::bytea)
  ) AS demo_key (username, sealed) ON demo_key.username = staff.username || '@' || council.slug || '.demo'
ON CONFLICT (id) DO UPDATE SET username = EXCLUDED.username, display_name = EXCLUDED.display_name,
  agency = EXCLUDED.agency, roles = EXCLUDED.roles, totp_secret = EXCLUDED.totp_secret,
  totp_last_step = NULL, totp_enrolled_at = EXCLUDED.totp_enrolled_at;
