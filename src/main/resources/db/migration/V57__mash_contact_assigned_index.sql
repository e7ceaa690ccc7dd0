-- A worker's home page lists the open contacts assigned to them.
CREATE INDEX mash_contact_assigned ON mash_contact (authority_id, assigned_to, decision_due_at)
  WHERE status IN ('NEW', 'IN_TRIAGE', 'AWAITING_AUTHORISATION');
