-- Demo data: staff for each demo council, all with the password "demo-password" (printed at
-- start-up): a call handler (call.handler@<slug>.demo), a MASH social worker
-- (mash.worker@<slug>.demo) and a MASH team manager (mash.manager@<slug>.demo). Real staff are
-- added by administrators.
INSERT INTO staff_user (id, authority_id, username, display_name, agency, roles, password_hash)
SELECT (staff.id_prefix || lpad(council.n::text, 12, '0'))::uuid,
       council.id,
       staff.username || '@' || council.slug || '.demo',
       staff.display_name || ', ' || council.name,
       'SOCIAL_CARE',
       staff.roles,
       crypt('demo-password', gen_salt('bf', 10))
FROM (SELECT id, slug, name, row_number() OVER (ORDER BY slug) AS n
        FROM authority WHERE id::text LIKE '00000000-0000-4000-8000-%') council
CROSS JOIN (VALUES
    ('00000000-0000-4000-a000-', 'call.handler', 'Demo call handler', ARRAY['CALL_HANDLER']),
    ('00000000-0000-4000-b000-', 'mash.worker', 'Demo MASH social worker', ARRAY['MASH_SOCIAL_WORKER']),
    ('00000000-0000-4000-c000-', 'mash.manager', 'Demo MASH team manager', ARRAY['MASH_MANAGER'])
  ) AS staff (id_prefix, username, display_name, roles)
ON CONFLICT (id) DO UPDATE SET username = EXCLUDED.username, display_name = EXCLUDED.display_name,
  roles = EXCLUDED.roles;
