-- The daily extract in the DfE children's social care data API format (issue 18; docs/reference/csc-api-extract.md).
-- Each council's high-water mark: the time of the last extract delivered in full. It moves only after
-- a delivery succeeds, so a failed one is tried again at the next run with nothing lost.
CREATE TABLE returns_csc_extract (
  authority_id    uuid PRIMARY KEY REFERENCES authority (id),
  sent_until      timestamptz,
  last_attempt_at timestamptz,
  last_error      text CHECK (length(last_error) <= 500)
);
COMMENT ON TABLE returns_csc_extract IS
  'Each council''s daily CSC data extract: when it was last delivered, and the last failure. Row-level security by '
  'authority. Kept while the council uses Front Door.';

-- Each child the extract has seen: a hash of the child's record as it last stood (or ''purged'' once the
-- child has left it), when that record was first seen (what a download since a day asks for), and the
-- hash last delivered. A child whose record differs from what was delivered goes in the next extract.
CREATE TABLE returns_csc_extract_child (
  authority_id uuid NOT NULL,
  la_child_id  text NOT NULL CHECK (la_child_id ~ '^[A-Za-z0-9_-]{1,36}$'),
  hash         text NOT NULL CHECK (length(hash) <= 64),
  changed_at   timestamptz NOT NULL,
  gone_at      timestamptz,
  sent_hash    text CHECK (length(sent_hash) <= 64),
  PRIMARY KEY (authority_id, la_child_id),
  FOREIGN KEY (authority_id) REFERENCES returns_csc_extract (authority_id),
  CHECK ((hash = 'purged') = (gone_at IS NOT NULL))
);
CREATE INDEX returns_csc_extract_child_changed ON returns_csc_extract_child (authority_id, changed_at);
COMMENT ON TABLE returns_csc_extract_child IS
  'Hashes of the children''s records in the CSC data extract, as seen and as delivered (no personal data). Row-level '
  'security by authority. Kept while the council uses Front Door.';

SELECT isolate_by_authority('returns_csc_extract', 'returns_csc_extract_child');
REVOKE DELETE, TRUNCATE ON returns_csc_extract, returns_csc_extract_child FROM ${app_role};
