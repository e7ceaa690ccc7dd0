-- Single sign-on over OpenID Connect, one identity provider a council (issue 19, ADR 0019): where to
-- find it (the issuer, read by discovery), Front Door's registration with it (the client id, and the
-- client secret sealed by the application as TOTP secrets are: AES-256-GCM under
-- frontdoor.identity.totp-key, the council's id as associated data), the claims that carry the
-- member of staff's username and groups, and whether staff may still sign in with a password and an
-- authenticator app. Each of the provider's groups gives Front Door roles (staff_sso_group_role).
CREATE TABLE staff_sso_provider (
  authority_id     uuid PRIMARY KEY REFERENCES authority (id),
  issuer_uri       text NOT NULL CHECK (length(issuer_uri) BETWEEN 1 AND 500),
  client_id        text NOT NULL CHECK (length(client_id) BETWEEN 1 AND 200),
  client_secret    bytea NOT NULL CHECK (length(client_secret) <= 1000),
  username_claim   text NOT NULL CHECK (length(username_claim) BETWEEN 1 AND 100),
  groups_claim     text NOT NULL CHECK (length(groups_claim) BETWEEN 1 AND 100),
  password_allowed boolean NOT NULL,
  updated_at       timestamptz NOT NULL,
  updated_by_id    uuid NOT NULL,
  updated_by_name  text NOT NULL CHECK (length(updated_by_name) <= 200)
);
COMMENT ON TABLE staff_sso_provider IS
  'Each council''s OpenID Connect identity provider for staff sign-in. Council configuration: row-level security by '
  'authority. Kept while the council uses the provider.';

CREATE TABLE staff_sso_group_role (
  authority_id uuid NOT NULL REFERENCES staff_sso_provider (authority_id) ON DELETE CASCADE,
  group_name   text NOT NULL CHECK (length(group_name) BETWEEN 1 AND 200),
  role         text NOT NULL CHECK (role ~ '^[A-Z_]{1,50}$'),
  PRIMARY KEY (authority_id, group_name, role)
);
COMMENT ON TABLE staff_sso_group_role IS
  'Which Front Door roles a group at a council''s identity provider gives its members. Council configuration: '
  'row-level security by authority. Kept while the council uses the provider.';

SELECT isolate_by_authority('staff_sso_provider', 'staff_sso_group_role');
REVOKE TRUNCATE ON staff_sso_provider, staff_sso_group_role FROM ${app_role};
