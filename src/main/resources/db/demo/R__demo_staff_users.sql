-- Demo data: a call handler for each demo council, signing in as call.handler@<slug>.demo with
-- the password "demo-password" (printed at start-up). Real staff are added by administrators.
INSERT INTO staff_user (id, authority_id, username, display_name, agency, roles, password_hash)
SELECT ('00000000-0000-4000-a000-' || lpad(row_number() OVER (ORDER BY slug)::text, 12, '0'))::uuid,
       id,
       'call.handler@' || slug || '.demo',
       'Demo call handler, ' || name,
       'SOCIAL_CARE',
       ARRAY['CALL_HANDLER'],
       crypt('demo-password', gen_salt('bf', 10))
FROM authority
WHERE id::text LIKE '00000000-0000-4000-8000-%'
ON CONFLICT (id) DO UPDATE SET username = EXCLUDED.username, display_name = EXCLUDED.display_name;
