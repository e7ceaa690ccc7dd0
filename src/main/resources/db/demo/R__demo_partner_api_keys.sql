-- Demo data: each council's demo partner system key is "demo-<slug>" (printed at start-up).
-- Real keys are issued by a council's administrator; only their SHA-256 hash is stored.
INSERT INTO partner_api_key (id, authority_id, organisation, key_sha256)
SELECT ('00000000-0000-4000-9000-' || lpad(row_number() OVER (ORDER BY slug)::text, 12, '0'))::uuid,
       id,
       'Demo partner system for ' || name,
       encode(sha256(convert_to('demo-' || slug, 'UTF8')), 'hex')
FROM authority
WHERE id::text LIKE '00000000-0000-4000-8000-%'
ON CONFLICT (id) DO UPDATE SET key_sha256 = EXCLUDED.key_sha256, organisation = EXCLUDED.organisation;
