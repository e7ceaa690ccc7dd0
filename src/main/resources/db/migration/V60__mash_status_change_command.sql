-- Every workflow's history names the command that made each move (ADR 0013). A contact's moves
-- before this are named from their states, which in the contact's table say which command it was.
ALTER TABLE mash_status_change ADD COLUMN command text CHECK (length(command) <= 100);
UPDATE mash_status_change SET command = CASE
    WHEN from_status = 'NEW' AND to_status = 'IN_TRIAGE' THEN 'PICK_UP'
    WHEN to_status = 'AWAITING_AUTHORISATION' THEN 'DECIDE'
    WHEN to_status = 'AUTHORISED' THEN 'AUTHORISE'
    WHEN from_status = 'AWAITING_AUTHORISATION' AND to_status = 'IN_TRIAGE' THEN 'RETURN'
  END
WHERE from_status IS NOT NULL;
-- Only an arrival has no command.
ALTER TABLE mash_status_change ADD CHECK ((from_status IS NULL) = (command IS NULL));
