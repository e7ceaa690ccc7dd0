CREATE TABLE authority (
  id         uuid PRIMARY KEY,
  slug       text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 60),
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  document   jsonb NOT NULL CHECK (jsonb_typeof(document) = 'object'),
  updated_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE authority IS
  'A council served by this deployment. The document holds its teams, numbers, office hours, '
  'postcode coverage and threshold guide as configuration. Public information; kept while the '
  'council is served.';
COMMENT ON COLUMN authority.document IS 'AuthorityDocument JSON: see uk.frontdoor.authority.internal.AuthorityDocument';

-- Configuration is changed by administrators and migrations, not by the running application.
REVOKE INSERT, UPDATE, DELETE ON authority FROM ${app_role};
