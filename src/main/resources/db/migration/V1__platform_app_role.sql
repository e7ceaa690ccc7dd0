-- The application connects as a login role that owns nothing, so row-level security policies bind
-- it; Flyway migrates as the owner. On a managed server whose migration user cannot create roles,
-- set frontdoor.database.create-app-role=false and create the role beforehand.
DO $do$
BEGIN
  IF '${create_app_role}' = 'true'
     AND NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${app_role}') THEN
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS',
                   '${app_role}', '${app_password}');
  END IF;
END
$do$;

GRANT USAGE ON SCHEMA public TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app_role};
