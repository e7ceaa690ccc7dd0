-- Spring Modulith's JDBC event publication registry (schema v2 for PostgreSQL). An event published
-- inside a transaction is stored here in that transaction, so a listener in another module gets
-- it even if the application stops before the listener runs; incomplete publications are
-- resubmitted at start-up.
CREATE TABLE event_publication (
  id                     uuid NOT NULL PRIMARY KEY,
  listener_id            text NOT NULL,
  event_type             text NOT NULL,
  serialized_event       text NOT NULL,
  publication_date       timestamptz NOT NULL,
  completion_date        timestamptz,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

COMMENT ON TABLE event_publication IS
  'Events between modules, stored with the transaction that published them. Completed rows are '
  'kept 30 days for tracing, then deleted.';
