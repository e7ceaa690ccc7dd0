-- pgbench script: every row an API referral writes, in one transaction, without the application:
-- the referral, its event publication and acknowledgement email; the MASH contact and its first
-- status; the publication marked complete and the email marked sent. The statements are the
-- application's, sent as its role under row-level security. bench/run measures this beside
-- tpcb-like: the rate the API would reach if Java cost nothing and each referral were committed on
-- its own (the application commits in two steps, several referrals at once: ADR 0010).
\set r1 random(0, 65535)
\set r2 random(0, 65535)
BEGIN;
SELECT set_config('app.authority_id', '00000000-0000-4000-8000-000000000001', true) AS tenant,
       gen_random_uuid() AS referral, gen_random_uuid() AS publication, gen_random_uuid() AS email,
       translate(lpad(to_hex(:r1::int), 4, '0') || '-' || lpad(to_hex(:r2::int), 4, '0'),
                 '0123456789abcdef', 'ACDEFHJKMNPRTUVW') AS reference \gset
INSERT INTO referral (authority_id, id, reference, channel, route, referral_type, status, submitted_at,
    immediate_danger, anonymous, reporter_email, partner_id, account_id, idempotency_key,
    follows_referral_id, written_referral_due, document)
VALUES ('00000000-0000-4000-8000-000000000001', :referral::uuid, :reference::text, 'API', 'PROFESSIONAL',
    'SAFEGUARDING', 'RECEIVED', now(), false, false, 'dsl@example.org', NULL, NULL,
    'api-pgbench-' || :referral::text, NULL, false,
    '{"adult": null, "route": "PROFESSIONAL", "answers": [], "concern": {"when": null, "summary": "Ava said her step-father hit her with a belt.", "evidence": null, "categories": ["PHYSICAL"], "familyAware": null, "immediateDanger": false}, "consent": {"reason": "Telling the family could put Ava at greater risk.", "status": "NOT_SOUGHT_RISK"}, "children": [{"gp": null, "age": null, "upn": null, "gender": null, "school": null, "address": {"town": "Banbury", "line1": "1 High Street", "line2": null, "postcode": "OX16 5AA"}, "lastName": "Jones", "firstName": "Ava", "nhsNumber": "9434765919", "dateOfBirth": "2016-03-02", "description": null, "expectedDate": null}], "referrer": {"name": "Sam Patel", "role": "Designated safeguarding lead", "email": "dsl@example.org", "phone": "01865 000000", "organisation": "Cherwell Primary School", "relationship": null}, "household": [], "familyNotes": null, "confidential": false, "phoneContact": null, "referralType": "SAFEGUARDING", "agencyActions": null, "thresholdLevel": null, "followsPhoneCall": null}'::jsonb)
ON CONFLICT DO NOTHING;
INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
    completion_attempts, last_resubmission_date)
VALUES (:publication::uuid, 'uk.frontdoor.referral.ConcernSubmitted',
    'uk.frontdoor.mash.internal.ContactIntake.on(uk.frontdoor.referral.ConcernSubmitted)', now(),
    json_build_object('authorityId', '00000000-0000-4000-8000-000000000001', 'referralId', :referral::text,
        'reference', :reference::text, 'channel', 'API', 'route', 'PROFESSIONAL', 'immediateDanger', false,
        'submittedAt', '2026-11-23T19:00:07.116271079Z', 'urgency', NULL)::text,
    'PUBLISHED', 1, now());
INSERT INTO notification_outbox (id, authority_id, recipient, template, personalisation, reference,
    created_at, send_after)
VALUES (:email::uuid, '00000000-0000-4000-8000-000000000001', 'dsl@example.org', 'CONCERN_RECEIVED',
    ('{"reference": "' || :reference::text || '", "authorityName": "Oxfordshire County Council", "whatHappensNext": "A social worker will look at what you told us, with anything already known, and decide within one working day what needs to happen."}')::jsonb,
    :reference::text, now(), now());
WITH contact AS (
  INSERT INTO mash_contact (authority_id, id, referral_id, reference, channel, route,
      immediate_danger, received_at, status, rag, clock_started_at, decision_due_at)
  VALUES ('00000000-0000-4000-8000-000000000001', gen_random_uuid(), :referral::uuid, :reference::text,
      'API', 'PROFESSIONAL', false, now(), 'NEW', NULL, now(), now() + interval '1 day')
  ON CONFLICT (authority_id, referral_id) DO NOTHING
  RETURNING authority_id, id, received_at)
INSERT INTO mash_status_change (authority_id, contact_id, seq, at, from_status, to_status,
    actor_id, actor_name, reason)
SELECT authority_id, id, 1, received_at, NULL, 'NEW', '00000000-0000-0000-0000-000000000000',
    'Front Door', 'Received from a partner system'
FROM contact;
UPDATE event_publication SET status = 'COMPLETED', completion_date = now() WHERE id = :publication::uuid;
UPDATE notification_outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL
WHERE id = :email::uuid;
COMMIT;
