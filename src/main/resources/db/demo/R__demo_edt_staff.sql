-- Demo data: an Emergency Duty Team worker for each demo council (edt.worker@<slug>.demo,
-- password "demo-password"), who sees out-of-hours contacts and records phone calls at night.
INSERT INTO staff_user (id, authority_id, username, display_name, agency, roles, password_hash)
SELECT ('00000000-0000-4000-e000-' || lpad(council.n::text, 12, '0'))::uuid,
       council.id,
       'edt.worker@' || council.slug || '.demo',
       'Demo Emergency Duty Team worker, ' || council.name,
       'SOCIAL_CARE',
       ARRAY['EDT_WORKER'],
       crypt('demo-password', gen_salt('bf', 10))
FROM (SELECT id, slug, name, row_number() OVER (ORDER BY slug) AS n
        FROM authority WHERE id::text LIKE '00000000-0000-4000-8000-%') council
ON CONFLICT (id) DO UPDATE SET username = EXCLUDED.username, display_name = EXCLUDED.display_name,
  roles = EXCLUDED.roles;
