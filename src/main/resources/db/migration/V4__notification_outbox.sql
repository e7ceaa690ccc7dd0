-- Messages to people (emails), written in the same transaction as the change they report, then
-- sent by the outbox drainer. A sender that is down delays a message; it never loses one.
-- Not under row-level security: the drainer sends for every council. Sent rows are kept 90 days.
CREATE TABLE notification_outbox (
  id              uuid PRIMARY KEY,
  authority_id    uuid NOT NULL REFERENCES authority (id),
  recipient       text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 320),
  template        text NOT NULL,
  personalisation jsonb NOT NULL CHECK (jsonb_typeof(personalisation) = 'object'),
  reference       text,
  created_at      timestamptz NOT NULL,
  send_after      timestamptz NOT NULL,
  sent_at         timestamptz,
  attempts        int NOT NULL DEFAULT 0,
  last_error      text
);
CREATE INDEX notification_outbox_unsent ON notification_outbox (send_after) WHERE sent_at IS NULL;
COMMENT ON TABLE notification_outbox IS
  'Emails waiting to be sent or sent (kept 90 days after sending). Holds addresses and references, '
  'never a child''s details.';
