-- Spring Session JDBC saves a session's row by its primary id and writes the session id with it
-- (UPDATE ... SET SESSION_ID = ?, ... WHERE PRIMARY_ID = ?). Each sign-in step gives the session a
-- new id, against session fixation. A request that had loaded the session before that change (a
-- second tab, a late asset or error page) would, when it saved, put the old id back: the browser's
-- new cookie would then find no session (the person is sent back to sign in), and the id that was
-- valid before sign-in would be valid again. So a session id never goes back to one the session
-- has had: the row remembers its last ten ids and keeps its newest id over any of them.
ALTER TABLE spring_session ADD COLUMN retired_session_ids text[] NOT NULL DEFAULT '{}';

CREATE FUNCTION spring_session_id_never_reverts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  retired text[];
BEGIN
  IF NEW.session_id IS DISTINCT FROM OLD.session_id THEN
    IF NEW.session_id::text = ANY (OLD.retired_session_ids) THEN
      NEW.session_id := OLD.session_id;
      NEW.retired_session_ids := OLD.retired_session_ids;
    ELSE
      retired := OLD.retired_session_ids || OLD.session_id::text;
      NEW.retired_session_ids := retired[greatest(1, cardinality(retired) - 9):];
    END IF;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER spring_session_id_never_reverts
  BEFORE UPDATE OF session_id ON spring_session
  FOR EACH ROW EXECUTE FUNCTION spring_session_id_never_reverts();

COMMENT ON COLUMN spring_session.retired_session_ids IS
  'The ids this session has had (the last ten), which it can never take again.';
