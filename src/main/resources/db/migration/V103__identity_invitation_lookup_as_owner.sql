-- staff_invitation_authority (V102) runs as the role that owns it, the migrating role, to find an
-- invitation's council before anyone is signed in. The table forces row-level security on its
-- owner too, so where that role is not a superuser (a managed server's migration user, or any
-- deployment that keeps its superuser out of the application) the function saw no row and every
-- invitation link said it did not work. The owner may read every invitation (it could lift the
-- table's security anyway); the application role is still bound by its council.
DO $do$
BEGIN
  EXECUTE format('CREATE POLICY staff_invitation_owner_lookup ON staff_invitation FOR SELECT TO %I USING (true)', current_user);
END
$do$;
