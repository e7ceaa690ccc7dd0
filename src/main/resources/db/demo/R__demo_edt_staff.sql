-- Demo data: an Emergency Duty Team worker for each demo council (edt.worker@<slug>.demo,
-- password "demo-password", authenticator app set up with the demo key as in R__demo_staff_users),
-- who sees out-of-hours contacts and records phone calls at night.
INSERT INTO staff_user (id, authority_id, username, display_name, agency, roles, password_hash,
                        totp_secret, totp_enrolled_at)
SELECT ('00000000-0000-4000-e000-' || lpad(council.n::text, 12, '0'))::uuid,
       council.id,
       'edt.worker@' || council.slug || '.demo',
       'Demo Emergency Duty Team worker, ' || council.name,
       'SOCIAL_CARE',
       ARRAY['EDT_WORKER'],
       crypt('demo-password', gen_salt('bf', 10)),
       demo_key.sealed,
       now()
FROM (SELECT id, slug, name, row_number() OVER (ORDER BY slug) AS n
        FROM authority WHERE id::text LIKE '00000000-0000-4000-8000-%') council
JOIN (VALUES
    ('edt.worker@bracknell-forest.demo', '\x0135bd51369c5c1fd9a120d3cd97ede2fca059b66a0d7480e7b56d55975fae068e83191fea3a630f22b57c796ba4c50d08'::bytea),
    ('edt.worker@northamptonshire.demo', '\x01e178ac35cd1d302cf63d69037b5afedf2131facc2de7d049c6fc1774f91d78e2f626c8ade32983d68f604105748b9d02'::bytea),
    ('edt.worker@oxfordshire.demo', '\x0191fb0619f64f42de76cf8a71346535f54f1cb1daa9b2c456ad71e76a1455d7db886c3c4c72c28d047707bdd183438d8a'::bytea),
    ('edt.worker@southampton.demo', '\x01e44a889592b0290be11f59cd5710b68bc380f04c6a9309702ad3856a0fc6f3a618e60591a3a7a40fb2b78cc5fc02f4a8'::bytea),
    ('edt.worker@west-berkshire.demo', '\x01be17e228a001334d17860f4efc019173494de154a59e5268e9a3ae44e2a4258494d80e7a8268569a242d8d7901f93387'::bytea)
  ) AS demo_key (username, sealed) ON demo_key.username = 'edt.worker@' || council.slug || '.demo'
ON CONFLICT (id) DO UPDATE SET username = EXCLUDED.username, display_name = EXCLUDED.display_name,
  roles = EXCLUDED.roles, totp_secret = EXCLUDED.totp_secret, totp_last_step = NULL,
  totp_enrolled_at = EXCLUDED.totp_enrolled_at;
