-- What the five demo councils' documents have in common, said once. Flyway applies this file before
-- each council's (R__demo_authority_<council>.sql): a council's file writes only its own words and
-- builds its document with demo_authority_document. Where a council gives its own value, it wins.

-- Office hours Monday to Thursday alike, Friday's its own; closed on bank holidays.
CREATE OR REPLACE FUNCTION demo_weekday_hours(monday_to_thursday text, friday text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object(
    'alwaysOpen', false,
    'closedOnBankHolidays', true,
    'days', jsonb_build_object(
      'MONDAY', monday_to_thursday,
      'TUESDAY', monday_to_thursday,
      'WEDNESDAY', monday_to_thursday,
      'THURSDAY', monday_to_thursday,
      'FRIDAY', friday))
$$;

-- A demo council's document: its own, over Working Together 2023's casework timescales, no police
-- non-emergency number, no no-names consultation and safeguarding referrals only; with its office
-- hours; its teams and then the LADO (in office hours, no published number, described in the
-- council's words); and each level of its threshold guide with the usual name and summary (level 1
-- with its route) and no team, unless the council gives its own.
CREATE OR REPLACE FUNCTION demo_authority_document(office_hours jsonb, lado text, own jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT $json$
{
  "casework": {
    "childInNeedVisitWorkingDays": 20,
    "childInNeedPlanReviewMonths": 3,
    "familyPlanReviewMonths": 3,
    "protectionVisitWorkingDays": 10,
    "coreGroupWorkingDays": 10
  },
  "policeNonEmergency": false,
  "noNamesConsultation": { "offered": false, "teamCode": null, "description": null },
  "referralTypes": ["SAFEGUARDING"]
}
$json$::jsonb || own || jsonb_build_object(
    'officeHours', office_hours,
    'teams', (own -> 'teams') || jsonb_build_object(
      'code', 'LADO',
      'name', 'Local Authority Designated Officer (LADO)',
      'description', lado,
      'phone', null,
      'email', null,
      'availability', 'OFFICE_HOURS',
      'audiences', jsonb_build_array(),
      'frontDoor', false,
      'hours', null),
    'thresholdGuide', (own -> 'thresholdGuide') || jsonb_build_object('levels', (
      SELECT jsonb_agg((usual.words -> ((level ->> 'level')::int - 1)) || level ORDER BY n)
      FROM jsonb_array_elements(own #> '{thresholdGuide,levels}') WITH ORDINALITY AS given (level, n),
      (SELECT $json$
[
  {
    "name": "Universal",
    "summary": "Needs are met by universal services such as schools, GPs and health visitors.",
    "route": "No referral is needed. Support the child within universal services.",
    "teamCode": null
  },
  {
    "name": "Early help",
    "summary": "Has additional needs that one agency can meet, working with others where needed.",
    "teamCode": null
  },
  {
    "name": "Targeted early help",
    "summary": "Has several needs that need a coordinated response from more than one agency.",
    "teamCode": null
  },
  {
    "name": "Specialist",
    "summary": "Has a high level of unmet and complex needs, or needs protection from significant harm.",
    "teamCode": null
  }
]
$json$::jsonb AS words) AS usual)))
$$;
