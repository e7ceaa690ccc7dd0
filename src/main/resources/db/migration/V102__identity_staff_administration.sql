-- A council runs Front Door itself (issue 19): the first start creates the first council and its
-- administrator from a one-time setup link; administrators invite staff, give and remove roles,
-- disable accounts; the deployment's operator adds councils. Tokens are stored as SHA-256 hashes
-- only, so a copy of the database opens no link.

-- The council's three-digit DfE local authority code, given when a council is registered (the demo
-- councils' stay with the census, which knows them).
ALTER TABLE authority ADD COLUMN la_code text UNIQUE CHECK (la_code ~ '^[0-9]{3}$');
COMMENT ON COLUMN authority.la_code IS 'The DfE''s three-digit local authority code; null for a council added by a migration';
-- Councils are registered in the product now (CouncilRegistration): the application inserts them.
-- Changing a document stays with administrators and migrations.
GRANT INSERT ON authority TO ${app_role};

-- Staff accounts: someone invited has no password until they open their invitation; the last
-- completed sign-in is kept for administrators to see.
ALTER TABLE staff_user ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE staff_user ADD COLUMN last_signed_in_at timestamptz;

-- The one-time links printed to the log at start-up while the deployment has no staff at all.
-- Once one is used, every link is dead for good.
CREATE TABLE identity_setup_token (
  token_hash  text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  created_at  timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  CHECK (expires_at > created_at)
);
COMMENT ON TABLE identity_setup_token IS
  'One-time first-start setup links (hashed). Not case data, no council yet, so not under row-level '
  'security. Kept: a used row is what keeps setup closed.';
REVOKE DELETE, TRUNCATE ON identity_setup_token FROM ${app_role};

-- An invitation to a member of staff, whose account it set up without a password: opened once,
-- within 7 days, from the emailed link. Opened before anyone is signed in, so the link's council is
-- found through staff_invitation_authority (below) and the row read under the council's
-- row-level security.
CREATE TABLE staff_invitation (
  authority_id    uuid NOT NULL REFERENCES authority (id),
  id              uuid NOT NULL,
  staff_user_id   uuid NOT NULL REFERENCES staff_user (id),
  token_hash      text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  invited_by_id   uuid NOT NULL,
  invited_by_name text NOT NULL CHECK (length(invited_by_name) <= 200),
  created_at      timestamptz NOT NULL,
  expires_at      timestamptz NOT NULL,
  used_at         timestamptz,
  PRIMARY KEY (authority_id, id),
  CHECK (expires_at > created_at)
);
CREATE INDEX staff_invitation_staff ON staff_invitation (authority_id, staff_user_id);
COMMENT ON TABLE staff_invitation IS
  'Invitations to set up a staff sign-in (token hashed). Not case data; row-level security by '
  'authority. Kept with the account, for who invited whom.';

-- The council of an invitation's link, and nothing else: what the unsigned-in page needs to bind
-- the transaction before it reads the invitation itself.
CREATE FUNCTION staff_invitation_authority(hash text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
  $$ SELECT authority_id FROM staff_invitation WHERE token_hash = hash $$;
REVOKE ALL ON FUNCTION staff_invitation_authority(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION staff_invitation_authority(text) TO ${app_role};

-- An administrator widening their own roles waits for a second administrator of the council.
CREATE TABLE staff_role_request (
  authority_id    uuid NOT NULL REFERENCES authority (id),
  id              uuid NOT NULL,
  staff_user_id   uuid NOT NULL REFERENCES staff_user (id),
  roles           text[] NOT NULL,
  asked_at        timestamptz NOT NULL,
  decided_by_id   uuid,
  decided_by_name text CHECK (length(decided_by_name) <= 200),
  decided_at      timestamptz,
  approved        boolean,
  PRIMARY KEY (authority_id, id),
  CHECK ((decided_at IS NULL) = (decided_by_id IS NULL) AND (decided_at IS NULL) = (approved IS NULL)),
  CHECK (decided_by_id IS NULL OR decided_by_id <> staff_user_id)
);
CREATE UNIQUE INDEX staff_role_request_open ON staff_role_request (authority_id, staff_user_id) WHERE decided_at IS NULL;
COMMENT ON TABLE staff_role_request IS
  'An administrator''s request to widen their own roles, and the second administrator''s decision. '
  'Not case data; row-level security by authority. Kept with the account.';

SELECT isolate_by_authority('staff_invitation', 'staff_role_request');
REVOKE DELETE, TRUNCATE ON staff_invitation, staff_role_request FROM ${app_role};
