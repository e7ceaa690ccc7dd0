-- What the children in need census needs of a child's episode that casework does not otherwise ask
-- (issue 18): the child's sex, ethnicity and disabilities, the UPN or why it is unknown, and the
-- source of the referral, each as the census's code (statutory-rules §3.3). Kept in a table of its
-- own, one row per episode, so "not yet recorded" is the row's absence and the census details page
-- writes them together; the episode's other census items (date of birth, expected date, primary
-- need, closure reason, assessments, plans, section 47s) stay where casework records them. A
-- demo reload that re-creates an episode takes its census details with it (ON DELETE CASCADE).
CREATE TABLE casework_census_detail (
  authority_id    uuid NOT NULL,
  episode_id      uuid NOT NULL,
  sex             text NOT NULL CHECK (sex IN ('M', 'F', 'U')),
  ethnicity       text NOT NULL CHECK (ethnicity IN ('WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM', 'MWBC', 'MWBA', 'MWAS',
                    'MOTH', 'AIND', 'APKN', 'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT')),
  -- NONE alone, or one or more of the others (census rules 8540, 8790).
  disabilities    text[] NOT NULL CHECK (cardinality(disabilities) BETWEEN 1 AND 12
                    AND disabilities <@ ARRAY['NONE', 'MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS', 'BEH',
                      'CON', 'AUT', 'DDA']::text[]
                    AND (NOT ('NONE' = ANY (disabilities)) OR cardinality(disabilities) = 1)),
  -- The UPN, its check letter checked (people.Upn), or the census's reason it is unknown.
  upn             text CHECK (upn ~ '^[A-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]$'),
  upn_unknown     text CHECK (upn_unknown IN ('UN1', 'UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7')),
  referral_source text NOT NULL CHECK (referral_source IN ('1A', '1B', '1C', '1D', '2A', '2B', '3A', '3B', '3C', '3D',
                    '3E', '3F', '4', '5A', '5B', '5C', '5D', '6', '7', '8', '9', '10')),
  recorded_at     timestamptz NOT NULL,
  recorded_by_id  uuid NOT NULL,
  recorded_by_name text NOT NULL CHECK (length(recorded_by_name) <= 200),
  PRIMARY KEY (authority_id, episode_id),
  FOREIGN KEY (authority_id, episode_id) REFERENCES casework_episode (authority_id, id) ON DELETE CASCADE,
  CHECK ((upn IS NULL) <> (upn_unknown IS NULL))
);
COMMENT ON TABLE casework_census_detail IS
  'Children in need census items of casework episodes. Case data: row-level security by authority. Kept as long as the episode.';

SELECT isolate_by_authority('casework_census_detail');
REVOKE DELETE, TRUNCATE ON casework_census_detail FROM ${app_role};
