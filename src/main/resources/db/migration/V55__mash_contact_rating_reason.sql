-- A contact's urgency rating keeps its reason, who gave it and when, so that the contact page shows
-- why it is red, amber or green (the audit log keeps every earlier rating too).
ALTER TABLE mash_contact
  ADD COLUMN rag_reason    text CHECK (length(rag_reason) <= 1000),
  ADD COLUMN rated_by_name text CHECK (length(rated_by_name) <= 200),
  ADD COLUMN rated_at      timestamptz;
