-- Demo data: staff for each demo council, all with the password "demo-password" (printed at
-- start-up): a call handler (call.handler@<slug>.demo), a MASH social worker
-- (mash.worker@<slug>.demo) and a MASH team manager (mash.manager@<slug>.demo), each with an
-- authenticator app already set up with the demo key MZZG 63TU FVSG 633S FVSG K3LP FV2G 65DQ
-- (the 20 bytes "front-door-demo-totp"); and a MASH social worker who has not set one up yet
-- (new.worker@<slug>.demo), to show setting it up. The keys below are sealed under the demo
-- frontdoor.identity.totp-key (AES-GCM, username as associated data); under any other key the
-- pre-enrolled demo users cannot sign in. The demo pages also show the current code
-- (frontdoor.demo.show-sign-in-codes). Real staff are added by administrators.
INSERT INTO staff_user (id, authority_id, username, display_name, agency, roles, password_hash,
                        totp_secret, totp_enrolled_at)
SELECT (staff.id_prefix || lpad(council.n::text, 12, '0'))::uuid,
       council.id,
       staff.username || '@' || council.slug || '.demo',
       staff.display_name || ', ' || council.name,
       'SOCIAL_CARE',
       staff.roles,
       crypt('demo-password', gen_salt('bf', 10)),
       demo_key.sealed,
       CASE WHEN demo_key.sealed IS NOT NULL THEN now() END
FROM (SELECT id, slug, name, row_number() OVER (ORDER BY slug) AS n
        FROM authority WHERE id::text LIKE '00000000-0000-4000-8000-%') council
CROSS JOIN (VALUES
    ('00000000-0000-4000-a000-', 'call.handler', 'Demo call handler', ARRAY['CALL_HANDLER']),
    ('00000000-0000-4000-b000-', 'mash.worker', 'Demo MASH social worker', ARRAY['MASH_SOCIAL_WORKER']),
    ('00000000-0000-4000-c000-', 'mash.manager', 'Demo MASH team manager', ARRAY['MASH_MANAGER']),
    ('00000000-0000-4000-f000-', 'new.worker', 'Demo new MASH social worker', ARRAY['MASH_SOCIAL_WORKER'])
  ) AS staff (id_prefix, username, display_name, roles)
LEFT JOIN (VALUES
    ('call.handler@bracknell-forest.demo', '\x01674abeeda7dbd354d90a68bf28b01ae5cd7c2abb0544259d6b4632601af535eb896035db6dfcdbff6cfe67d32264ef54'::bytea),
    ('mash.worker@bracknell-forest.demo', '\x01d84755e91af1135a080a6dfac384152f2e18f1b053dd781cdba73e9c2423cbc4fb80558d6f3ef7b51974e9b2fc0091e3'::bytea),
    ('mash.manager@bracknell-forest.demo', '\x017124f6b20c9321d6847bc043b0cce49a22fd57a8fdaa00634a2c1cac15747fe6b232c1d26ef85795c2e92db79b30244b'::bytea),
    ('call.handler@northamptonshire.demo', '\x0106dd8590586130ac0fe3830dd172aaec5b19be711b4705428185aa7dfce842aedeb69b05cf3f7d349ebd6d21e594abac'::bytea),
    ('mash.worker@northamptonshire.demo', '\x01cb04ac1fa326045f9b884619f47d5aded4961fac8a3e8f5486bb8800987cb551e044c193ef048d9004635ec4ec84f382'::bytea),
    ('mash.manager@northamptonshire.demo', '\x0135f36dc7ee4be6aaf9222789a8cb75caa808133639a985ff88d3937b55bba554a9a048f256706a6989d259bd38b7c514'::bytea),
    ('call.handler@oxfordshire.demo', '\x01355772c729c1fb39210582f92a5b2ba5530b1993e27322323c85ed3b8cdef3892b67dfe2853750aba74e583dda293669'::bytea),
    ('mash.worker@oxfordshire.demo', '\x01130f3f3575099b3566791a42162fbdd18275f802c241faae8cf0e96cb9545ade90f336e89a960490f28e1697ebabda6c'::bytea),
    ('mash.manager@oxfordshire.demo', '\x016c040d18e4eb937f4253b6f056a09d25327474348af6c583ed59e95d99997d2d7eb3dba81bbe4ac6bb3860ff6c47c2c5'::bytea),
    ('call.handler@southampton.demo', '\x01589ef57c2eea354592cdaab02e56b57a320977904cc7ef182ac122608e8e41db15d5e55bc60ed11d3aba7222a2fc355a'::bytea),
    ('mash.worker@southampton.demo', '\x017eb97fdab3113df5976f4160670ed93a48bfc99ef37ce3faee7b2fcdfe0ef811a9169a899687465050ca4a310c1c93ca'::bytea),
    ('mash.manager@southampton.demo', '\x010259162981e846f1e6796cc125006318e3174324eb4dc50db63ece76963881a334db984fba5cc720b95d5416a6fecf22'::bytea),
    ('call.handler@west-berkshire.demo', '\x019e9d97a0640f1e95098bd8b0daec42c7999bf2e0f10fc3b61b0d39e76a641a528e8280f26abeba59a58ee5c2b98a50b4'::bytea),
    ('mash.worker@west-berkshire.demo', '\x01a1f557f5a89940c5051a7442deb62bb0b2287a940b2a84d10025cc470ee4bb46a080144fe0e4cea41d7c209a808e94b3'::bytea),
    ('mash.manager@west-berkshire.demo', '\x0130e1138a745ca8eee949cc801658f78329e529e71cc20bddb394180bee3446bf50cf699721225426d6f15c50d30374f2'::bytea)
  ) AS demo_key (username, sealed) ON demo_key.username = staff.username || '@' || council.slug || '.demo'
ON CONFLICT (id) DO UPDATE SET username = EXCLUDED.username, display_name = EXCLUDED.display_name,
  roles = EXCLUDED.roles, totp_secret = EXCLUDED.totp_secret, totp_last_step = NULL,
  totp_enrolled_at = EXCLUDED.totp_enrolled_at;
