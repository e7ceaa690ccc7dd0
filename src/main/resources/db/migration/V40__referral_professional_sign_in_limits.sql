-- Limits on professionals' emailed sign-in codes, counted in PostgreSQL so that every node counts
-- the same and a restart forgets nothing: codes asked for per email address and per network
-- address an hour, and wrong codes per email address (enough of them lock the address for a
-- while). Each row is one event about a subject, kept as a SHA-256 hash of 'email:' or
-- 'network:' and the address, never the address itself.
CREATE TABLE professional_sign_in_event (
  subject_sha256 text NOT NULL CHECK (length(subject_sha256) = 64),
  kind           text NOT NULL CHECK (kind IN ('CODE_SENT', 'WRONG_CODE', 'LOCKED')),
  at             timestamptz NOT NULL
);
CREATE INDEX professional_sign_in_event_by_subject ON professional_sign_in_event (subject_sha256, kind, at);
CREATE INDEX professional_sign_in_event_by_time ON professional_sign_in_event (at);
COMMENT ON TABLE professional_sign_in_event IS
  'Sign-in codes sent, wrong codes typed and lock-outs, by hashed email or network address, for '
  'the hourly limits. Not case data. Deleted after a day.';
