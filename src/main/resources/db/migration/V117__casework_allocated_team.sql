-- The team an episode is allocated to (issue 18): a team manager chooses one of the council's teams
-- (its code in the council's document, and its name as it was then) with the lead practitioner, so
-- Ofsted's Annex A lists can name each child's allocated team and the dashboards can be read team by
-- team. Episodes allocated before teams were recorded have none. Each allocation's history row keeps
-- the team it moved from and to, as it keeps the worker.
ALTER TABLE casework_episode
  ADD COLUMN team_code text CHECK (length(team_code) BETWEEN 1 AND 100),
  ADD COLUMN team_name text CHECK (length(team_name) BETWEEN 1 AND 200),
  ADD CONSTRAINT casework_episode_team_named CHECK ((team_code IS NULL) = (team_name IS NULL));
CREATE INDEX casework_episode_team ON casework_episode (authority_id, team_code);
COMMENT ON COLUMN casework_episode.team_code IS 'The allocated team: a team code of the council''s document; null until allocated with a team.';

ALTER TABLE casework_allocation
  ADD COLUMN from_team_code text CHECK (length(from_team_code) <= 100),
  ADD COLUMN from_team_name text CHECK (length(from_team_name) <= 200),
  ADD COLUMN to_team_code   text CHECK (length(to_team_code) <= 100),
  ADD COLUMN to_team_name   text CHECK (length(to_team_name) <= 200),
  ADD CONSTRAINT casework_allocation_from_team_named CHECK ((from_team_code IS NULL) = (from_team_name IS NULL)),
  ADD CONSTRAINT casework_allocation_to_team_named CHECK ((to_team_code IS NULL) = (to_team_name IS NULL));
