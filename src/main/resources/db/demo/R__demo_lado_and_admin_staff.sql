-- Demo data: each demo council's LADO (lado.officer@<slug>.demo) and administrator
-- (council.admin@<slug>.demo), password "demo-password", authenticator app set up with the demo key
-- as in R__demo_staff_users.
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
       now()
FROM (SELECT id, slug, name, row_number() OVER (ORDER BY slug) AS n
        FROM authority WHERE id::text LIKE '00000000-0000-4000-8000-%') council
CROSS JOIN (VALUES
    ('00000000-0000-4000-e100-', 'lado.officer', 'Demo LADO', ARRAY['LADO']),
    ('00000000-0000-4000-e200-', 'council.admin', 'Demo council administrator', ARRAY['COUNCIL_ADMINISTRATOR'])
  ) AS staff (id_prefix, username, display_name, roles)
JOIN (VALUES
    ('lado.officer@bracknell-forest.demo', '\x01ce6a8adfe6a6dea84b78c2919f440e7c5289619fa1cef3eaf804cc2b39d73c12b5c2b4f7ec8fe0efd4ba1ad018251371'::bytea),
    ('lado.officer@northamptonshire.demo', '\x015f180bc53a0ecd64efd76eb566933197421973d291c53b565684fbc8c8424a1ee1c05a1d9f5c9d8cbf77906a7df06b37'::bytea),
    ('lado.officer@oxfordshire.demo', '\x01b8f72c05db337efa3eea77ed38d57ee2052b1c8fff9b6dce1c408826d158c906c93d0db43bc1cfd722db0edef8cd7eac'::bytea),
    ('lado.officer@southampton.demo', '\x01b12509fa0a2ee3bc6713272eeb1b7b8039cc868e35576f46e48dadf6f07e44aaa21f6b681dac32e8fbb95bd70ec12f00'::bytea),
    ('lado.officer@west-berkshire.demo', '\x01c1ce2b2bf1495ee9af630117f0c88859f72b7464649e0a68171f157bfd7454fe42483ebc8622a9782c70d096c32dc6b0'::bytea),
    ('council.admin@bracknell-forest.demo', '\x018991bb124240e3f3aca82cb3062f602f7ef569e546e58fa30f4bd4a0b11fc0c5cb063a889c53303a5870e6ef2e04fe7b'::bytea),
    ('council.admin@northamptonshire.demo', '\x018f485be5f377c83c80e7d89a18d70c789e07e7ac8d1f910516abaca145b979b5d8f9296da644d543f6662dedf9114f93'::bytea),
    ('council.admin@oxfordshire.demo', '\x01bbc96937f69ca28c95185799067fd029b5bf88d7c51eabac2be27942708045e216924a9e12928fac83747eb4544912a9'::bytea),
    ('council.admin@southampton.demo', '\x017735c059d140e74535892251373fb838752ef3285957861a7dbcdd45bf47a72472d807a33c68ae503d3bb9dea6a8e341'::bytea),
    ('council.admin@west-berkshire.demo', '\x012d7e06535bf1aa48e53c471eceaeb25d2f4ccc53f1b8f8ec1903d33c2bb6b715a6d85188173e4af05697359315d55d4b'::bytea)
  ) AS demo_key (username, sealed) ON demo_key.username = staff.username || '@' || council.slug || '.demo'
ON CONFLICT (id) DO UPDATE SET username = EXCLUDED.username, display_name = EXCLUDED.display_name,
  roles = EXCLUDED.roles, totp_secret = EXCLUDED.totp_secret, totp_last_step = NULL,
  totp_enrolled_at = EXCLUDED.totp_enrolled_at;
