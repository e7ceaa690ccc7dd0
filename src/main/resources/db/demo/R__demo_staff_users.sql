-- Demo data: staff for each demo council, all with the password "demo-password" (printed at
-- start-up) and, but for one, an authenticator app already set up with the demo key
-- MZZG 63TU FVSG 633S FVSG K3LP FV2G 65DQ (the 20 bytes "front-door-demo-totp"):
--   call.handler@<slug>.demo         call handler: records phone contacts
--   mash.worker@<slug>.demo          MASH social worker
--   mash.manager@<slug>.demo         MASH team manager
--   new.worker@<slug>.demo           MASH social worker who has not set up an app yet
--   edt.worker@<slug>.demo           Emergency Duty Team worker
--   police.officer@<slug>.demo       partner practitioner, police
--   health.practitioner@<slug>.demo  partner practitioner, health
--   education.officer@<slug>.demo    partner practitioner, education
--   lado.officer@<slug>.demo         the council's LADO
--   deputy.lado@<slug>.demo          the LADO's named deputy (sets up an app at first sign-in)
--   council.admin@<slug>.demo        council administrator
--   team.manager@<slug>.demo         casework team manager: allocates children to workers
--   social.worker@<slug>.demo        social worker with a caseload
--   second.social.worker@<slug>.demo a second social worker, so allocation has a choice
--   family.help@<slug>.demo          Family Help practitioner: lead practitioner at early help
--   conference.chair@<slug>.demo     independent chair of child protection conferences
--   performance.officer@<slug>.demo  performance officer: the statutory returns (CIN census)
-- The keys below are sealed under the demo frontdoor.identity.totp-key (AES-GCM, username as
-- associated data); under any other key the pre-enrolled demo users cannot sign in. The demo pages
-- also show the current code (frontdoor.demo.show-sign-in-codes). Real staff are added by
-- administrators.
INSERT INTO staff_user (id, authority_id, username, display_name, agency, roles, password_hash,
                        totp_secret, totp_enrolled_at)
SELECT (staff.id_prefix || lpad(council.n::text, 12, '0'))::uuid,
       council.id,
       staff.username || '@' || council.slug || '.demo',
       staff.display_name || ', ' || council.name,
       staff.agency,
       staff.roles,
       crypt('demo-password', gen_salt('bf', 10)),
       demo_key.sealed,
       CASE WHEN demo_key.sealed IS NOT NULL THEN now() END
FROM (SELECT id, slug, name, row_number() OVER (ORDER BY slug) AS n
        FROM authority WHERE id::text LIKE '00000000-0000-4000-8000-%') council
CROSS JOIN (VALUES
    ('00000000-0000-4000-a000-', 'call.handler', 'Demo call handler', 'SOCIAL_CARE', ARRAY['CALL_HANDLER']),
    ('00000000-0000-4000-b000-', 'mash.worker', 'Demo MASH social worker', 'SOCIAL_CARE', ARRAY['MASH_SOCIAL_WORKER']),
    ('00000000-0000-4000-c000-', 'mash.manager', 'Demo MASH team manager', 'SOCIAL_CARE', ARRAY['MASH_MANAGER']),
    ('00000000-0000-4000-f000-', 'new.worker', 'Demo new MASH social worker', 'SOCIAL_CARE', ARRAY['MASH_SOCIAL_WORKER']),
    ('00000000-0000-4000-e000-', 'edt.worker', 'Demo Emergency Duty Team worker', 'SOCIAL_CARE', ARRAY['EDT_WORKER']),
    ('00000000-0000-4000-d000-', 'police.officer', 'Demo police officer', 'POLICE', ARRAY['PARTNER_PRACTITIONER']),
    ('00000000-0000-4000-d100-', 'health.practitioner', 'Demo health practitioner', 'HEALTH', ARRAY['PARTNER_PRACTITIONER']),
    ('00000000-0000-4000-d200-', 'education.officer', 'Demo education officer', 'EDUCATION', ARRAY['PARTNER_PRACTITIONER']),
    ('00000000-0000-4000-e100-', 'lado.officer', 'Demo LADO', 'SOCIAL_CARE', ARRAY['LADO']),
    ('00000000-0000-4000-e200-', 'council.admin', 'Demo council administrator', 'SOCIAL_CARE', ARRAY['COUNCIL_ADMINISTRATOR']),
    ('00000000-0000-4000-e300-', 'deputy.lado', 'Demo deputy LADO', 'SOCIAL_CARE', ARRAY['DEPUTY_LADO']),
    ('00000000-0000-4000-a100-', 'team.manager', 'Demo team manager', 'SOCIAL_CARE', ARRAY['TEAM_MANAGER']),
    ('00000000-0000-4000-a200-', 'social.worker', 'Demo social worker', 'SOCIAL_CARE', ARRAY['SOCIAL_WORKER']),
    ('00000000-0000-4000-a300-', 'second.social.worker', 'Demo second social worker', 'SOCIAL_CARE', ARRAY['SOCIAL_WORKER']),
    ('00000000-0000-4000-a400-', 'family.help', 'Demo Family Help practitioner', 'SOCIAL_CARE', ARRAY['FAMILY_HELP']),
    ('00000000-0000-4000-a500-', 'conference.chair', 'Demo conference chair', 'SOCIAL_CARE', ARRAY['CONFERENCE_CHAIR']),
    ('00000000-0000-4000-a600-', 'performance.officer', 'Demo performance officer', 'SOCIAL_CARE', ARRAY['PERFORMANCE_OFFICER'])
  ) AS staff (id_prefix, username, display_name, agency, roles)
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
    ('mash.manager@west-berkshire.demo', '\x0130e1138a745ca8eee949cc801658f78329e529e71cc20bddb394180bee3446bf50cf699721225426d6f15c50d30374f2'::bytea),
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
    ('education.officer@west-berkshire.demo', '\x01295cef01797d9c2a2763d19a6033348cd62fcb4be49ed240904cbbc071ac27ba2c2b08b5d6d9752f162db4bc392877a9'::bytea),
    ('edt.worker@bracknell-forest.demo', '\x0135bd51369c5c1fd9a120d3cd97ede2fca059b66a0d7480e7b56d55975fae068e83191fea3a630f22b57c796ba4c50d08'::bytea),
    ('edt.worker@northamptonshire.demo', '\x01e178ac35cd1d302cf63d69037b5afedf2131facc2de7d049c6fc1774f91d78e2f626c8ade32983d68f604105748b9d02'::bytea),
    ('edt.worker@oxfordshire.demo', '\x0191fb0619f64f42de76cf8a71346535f54f1cb1daa9b2c456ad71e76a1455d7db886c3c4c72c28d047707bdd183438d8a'::bytea),
    ('edt.worker@southampton.demo', '\x01e44a889592b0290be11f59cd5710b68bc380f04c6a9309702ad3856a0fc6f3a618e60591a3a7a40fb2b78cc5fc02f4a8'::bytea),
    ('edt.worker@west-berkshire.demo', '\x01be17e228a001334d17860f4efc019173494de154a59e5268e9a3ae44e2a4258494d80e7a8268569a242d8d7901f93387'::bytea),
    ('lado.officer@bracknell-forest.demo', '\x01ce6a8adfe6a6dea84b78c2919f440e7c5289619fa1cef3eaf804cc2b39d73c12b5c2b4f7ec8fe0efd4ba1ad018251371'::bytea),
    ('lado.officer@northamptonshire.demo', '\x015f180bc53a0ecd64efd76eb566933197421973d291c53b565684fbc8c8424a1ee1c05a1d9f5c9d8cbf77906a7df06b37'::bytea),
    ('lado.officer@oxfordshire.demo', '\x01b8f72c05db337efa3eea77ed38d57ee2052b1c8fff9b6dce1c408826d158c906c93d0db43bc1cfd722db0edef8cd7eac'::bytea),
    ('lado.officer@southampton.demo', '\x01b12509fa0a2ee3bc6713272eeb1b7b8039cc868e35576f46e48dadf6f07e44aaa21f6b681dac32e8fbb95bd70ec12f00'::bytea),
    ('lado.officer@west-berkshire.demo', '\x01c1ce2b2bf1495ee9af630117f0c88859f72b7464649e0a68171f157bfd7454fe42483ebc8622a9782c70d096c32dc6b0'::bytea),
    ('council.admin@bracknell-forest.demo', '\x018991bb124240e3f3aca82cb3062f602f7ef569e546e58fa30f4bd4a0b11fc0c5cb063a889c53303a5870e6ef2e04fe7b'::bytea),
    ('council.admin@northamptonshire.demo', '\x018f485be5f377c83c80e7d89a18d70c789e07e7ac8d1f910516abaca145b979b5d8f9296da644d543f6662dedf9114f93'::bytea),
    ('council.admin@oxfordshire.demo', '\x01bbc96937f69ca28c95185799067fd029b5bf88d7c51eabac2be27942708045e216924a9e12928fac83747eb4544912a9'::bytea),
    ('council.admin@southampton.demo', '\x017735c059d140e74535892251373fb838752ef3285957861a7dbcdd45bf47a72472d807a33c68ae503d3bb9dea6a8e341'::bytea),
    ('council.admin@west-berkshire.demo', '\x012d7e06535bf1aa48e53c471eceaeb25d2f4ccc53f1b8f8ec1903d33c2bb6b715a6d85188173e4af05697359315d55d4b'::bytea),
    ('team.manager@bracknell-forest.demo', '\x0183ddf0c586cd81b3c9e73bf6e7b1a101b9e97bd00139658a840f4220fd8846c75870722657917022ad6005a696939734'::bytea),
    ('team.manager@northamptonshire.demo', '\x01294dce700e541aa11d588a020af9ae706ae2e60ce4f80bb09639e915d9eed9a9493d58035225a0d43c2d70e187ac115b'::bytea),
    ('team.manager@oxfordshire.demo', '\x01fc4447af75522028d2ff0333139f520b4cc4f4aa53d1ce322f3f84378e721d0469e6f1492da44a3bbcc7b3746a789a88'::bytea),
    ('team.manager@southampton.demo', '\x01a47d8b1a249753e4e131e91bf9f45cbe363c16c3b4c5991316ea92ee5ed5f29f586355c3559a2f906982cbc45fa4d9c2'::bytea),
    ('team.manager@west-berkshire.demo', '\x01510d022e462ee2d6867dba56cbf0751551a133ad1c6b47e61b7cfa0958e19a3a82b3af7608ccece099003de2a0984a01'::bytea),
    ('social.worker@bracknell-forest.demo', '\x01dbe02093aa72b348ac4a5d2c0ff7c7bbf82bd2537746b8fcd69824ead6b28e5b40febf5699f13ad95eadb0b24a29bb83'::bytea),
    ('social.worker@northamptonshire.demo', '\x014452fd91e81f44a42bee6ab7fac22cce37c03fa43d72852a9f5fdede477f3e982b111be6184a36f8ce577af1ab3f5cac'::bytea),
    ('social.worker@oxfordshire.demo', '\x0108feb7bdf684adadba52435d32c363b6a1c62c408dbc5bbe2afa6887718cf1eeec118a777f640140715cfff48b7ac0f7'::bytea),
    ('social.worker@southampton.demo', '\x015f4b2a3528198db7b9f4a3a64e1851d36f4703677a9e9ee2c6eed9cb9829de4df1bdbe1104494b7755b9f9ef687aa1f4'::bytea),
    ('social.worker@west-berkshire.demo', '\x01fb0a94efdca5870a15ef972f07af9356781a89dc616db8546518c7afb4d97ddd07182e64456e3e8682fcf18aacad879e'::bytea),
    ('second.social.worker@bracknell-forest.demo', '\x01da928829e9f56ae08e6a616062de4625f93df0839ff89550982e7755cc5d18b32c63a6bec6edce5eaf1f0b5153b6de6b'::bytea),
    ('second.social.worker@northamptonshire.demo', '\x011bc43240bb15c7d25beece041ae0e4ee12898ba324f381e645a8ae1b76d8c1a903b871d5291bcc354c986e1fa6219453'::bytea),
    ('second.social.worker@oxfordshire.demo', '\x01ed594d776b79badccca52c07a534f2d2e01c7bd8e011293d3750e72222360a1c5227defadb2ebf5f859e9585bed8c2ff'::bytea),
    ('second.social.worker@southampton.demo', '\x01e0587d982fe58f48dbed4644b16f114069cb7018c55894f4933ddc511288395b7d706c85b1288872e771a807bdb04568'::bytea),
    ('second.social.worker@west-berkshire.demo', '\x01c14d098c9884a43b58ccd7dc1d20d6c697c899eb7548fe0ffb0ec58633480065699ae6a4890510d0bd1a0cc8caff2c65'::bytea),
    ('family.help@bracknell-forest.demo', '\x01f3fbf55776d7561554ba6d6aa728a96270a8d8f123c110e9ca8bc5990d48c43212b5acbda455e4ca36fe28f83ec44ee9'::bytea),
    ('family.help@northamptonshire.demo', '\x0187082f940aebd76ef273c921b370f2e0bd7e6513a6eb80965ac8691b9f58c103af1de72a0a9767e2abbf013b1b683a0e'::bytea),
    ('family.help@oxfordshire.demo', '\x0146c65a8a630ffd3d8580f8238ae9badf5495d764cbf817b2bc86867096ca3b95a00f2e5c0f39e9febdcd17dff55ff741'::bytea),
    ('family.help@southampton.demo', '\x01403a19a7111040363573f03a965026d006cd8db8a06d670ee75530616fd70e2f70c8dd5da8625cc89117bac12fc077a7'::bytea),
    ('family.help@west-berkshire.demo', '\x0172f127347ebcab080532ba4a92b1502b84138b896cabea70f433687dbd8efbcad2a6b793bdc17692ba16e37dd87cfa9b'::bytea),
    ('conference.chair@bracknell-forest.demo', '\x0138fc38df570c91af5b71db7c8a02ee535aa33218f829b0bcf834ff5798c7dae4c13a524a6b3341e6686a386bf713623b'::bytea),
    ('conference.chair@northamptonshire.demo', '\x0163f35f072b277254f4b5cdc9c88b0e3706e8cffd4780a4edf0dfa322c055c06d5fc5ed4f490f3bdf93f479c8c68ffa05'::bytea),
    ('conference.chair@oxfordshire.demo', '\x010846937b01289b39d2d640ed05a147e461fb307da699016a472d07e9910b53c4202f3e9930febf77513c8dfe5d200e82'::bytea),
    ('conference.chair@southampton.demo', '\x012b2bc27516dd3f8b51f361bb8fd5747586e87b5047e281c5d313dae416c9d99d8f2cd0226aefd137972fddb9bc8ad8fa'::bytea),
    ('conference.chair@west-berkshire.demo', '\x011cb0b78fbf64c343b838554b85f8eb6505272462385fd0278c6b9b8451f840b5a1a57520baf41c7fe2244f1c97413dd0'::bytea),
    ('performance.officer@bracknell-forest.demo', '\x01a0102f78ac8f08ada708ecaa522c980f8e15617da81d43f1503808e2ccfa092a3c04e69b2fb2a702509deba5c8a55fcd'::bytea),
    ('performance.officer@northamptonshire.demo', '\x013dd0a197c647dd5ef4ceb22d3ff1886da6584a3a47e1d0bc6ea030168aa7b6c5e4deca0a4fc6b1576bb00d059504e977'::bytea),
    ('performance.officer@oxfordshire.demo', '\x01b56661f12db920edc67dbd0658726b96cb46918aa3795526f237617c7a4f1271adaf18210d2da64f07055c4bff124a42'::bytea),
    ('performance.officer@southampton.demo', '\x01938b0018c97d80d448f4e903258b3842dd2d111ad1968aab6b97a98a31308d8bb82cd9d4851fa9be031b6c04d8a2bd51'::bytea),
    ('performance.officer@west-berkshire.demo', '\x01456194fab7adc4cd5db2ba3cde115c9b6a2f334a23d27483d064d8636fca115867d43f73c64a7592fa0e9c56cdfcf95b'::bytea)
  ) AS demo_key (username, sealed) ON demo_key.username = staff.username || '@' || council.slug || '.demo'
ON CONFLICT (id) DO UPDATE SET username = EXCLUDED.username, display_name = EXCLUDED.display_name,
  agency = EXCLUDED.agency, roles = EXCLUDED.roles, totp_secret = EXCLUDED.totp_secret,
  totp_last_step = NULL, totp_enrolled_at = EXCLUDED.totp_enrolled_at;
