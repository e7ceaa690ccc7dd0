-- Staff sign in with a password and then a code from an authenticator app (TOTP, RFC 6238).
-- The TOTP secret is stored encrypted by the application (AES-GCM, key from the setting
-- frontdoor.identity.totp-key, the username as associated data); no secret means the user has not
-- set up an app yet and is asked to at their next sign-in. The last time step whose code was
-- accepted is kept so that a code works once only.
ALTER TABLE staff_user ADD COLUMN totp_secret bytea CHECK (length(totp_secret) <= 200);
ALTER TABLE staff_user ADD COLUMN totp_last_step bigint;
ALTER TABLE staff_user ADD COLUMN totp_enrolled_at timestamptz;

-- Failed sign-in tries per typed username (whether or not such a user exists, so that the answers
-- do not tell): five failed passwords or codes in a row lock the username for 15 minutes. Tries
-- for one username are taken one at a time under a row lock, so every node counts the same.
CREATE TABLE staff_sign_in_attempt (
  username     text PRIMARY KEY CHECK (length(username) <= 200),
  failures     integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
  locked_until timestamptz,
  updated_at   timestamptz NOT NULL
);
CREATE INDEX staff_sign_in_attempt_updated ON staff_sign_in_attempt (updated_at);
COMMENT ON TABLE staff_sign_in_attempt IS
  'Consecutive failed staff sign-in tries and lock-outs, by typed username. Not case data. A row '
  'goes at a successful sign-in, or a day after its last try once no lock is in force.';
