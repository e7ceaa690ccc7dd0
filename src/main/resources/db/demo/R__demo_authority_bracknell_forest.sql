-- Demo data: Bracknell Forest Council, from its public "report a concern" page (seed 001).
-- A number or email the page does not give is null: never invent one.
-- The Emergency Duty Service's number, 01344 351 999, is the Berkshire Emergency Duty Service's:
-- Bracknell Forest Council's own EDS page says the service works for all six Berkshire unitary
-- authorities, and West Berkshire Council's page (seed 004) and Reading Borough Council's page give
-- the number (its "source" below says so).
INSERT INTO authority (id, slug, name, document) VALUES (
  '00000000-0000-4000-8000-000000000002', 'bracknell-forest', 'Bracknell Forest Council', demo_authority_document(
  demo_weekday_hours('08:30-17:00', friday => '08:30-17:00'),
  'For concerns or allegations about an adult who works or volunteers with children.',
  $json$
{
  "shortName": "Bracknell Forest",
  "colour": "#00664f",
  "website": "https://www.bracknell-forest.gov.uk",
  "outOfHoursDescription": "outside office hours and on bank holidays",
  "teams": [
    {
      "code": "MASH",
      "name": "Multi-Agency Safeguarding Hub (MASH)",
      "description": "Triage and multi-agency decision making. Professionals can also ask for a consultation with a social worker.",
      "phone": "01344 352005",
      "email": null,
      "availability": "OFFICE_HOURS",
      "audiences": [],
      "frontDoor": true,
      "hours": "8:30am to 5pm Monday to Friday"
    },
    {
      "code": "EDS",
      "name": "Emergency Duty Service",
      "description": "For safeguarding concerns that cannot wait until the next working day, outside office hours and on bank holidays. The Berkshire Emergency Duty Service answers for all six Berkshire councils.",
      "phone": "01344 351 999",
      "email": null,
      "availability": "OUT_OF_HOURS",
      "audiences": [],
      "frontDoor": true,
      "hours": "Outside office hours and on bank holidays",
      "source": "Bracknell Forest Council’s Emergency Duty Service page says the service works on behalf of the six unitary authorities in Berkshire; the number is on West Berkshire Council’s page (seed 004) and Reading Borough Council’s page"
    }
  ],
  "referralTypes": [
    "EARLY_HELP",
    "SAFEGUARDING"
  ],
  "professionalAdvice": {
    "immediate": "If you believe urgent action is needed because of a child protection concern, contact the MASH directly. If you are unsure, you can ask the MASH for a consultation with a social worker.",
    "nonImmediate": "For concerns that are not urgent, follow the multi-agency threshold guidance and make either an Early Help referral or a Safeguarding referral. A manager reviews it and decides the most appropriate action, and you will be told the outcome. First consider whether your own agency, or professionals already working with the family, can meet the child’s needs.",
    "nonImmediateTeamCode": null
  },
  "thresholdGuide": {
    "documentName": "the multi-agency threshold guidance",
    "introduction": "Professionals in Bracknell Forest follow the multi-agency threshold guidance to decide between an Early Help referral and a Safeguarding referral.",
    "levels": [
      {
        "level": 1
      },
      {
        "level": 2,
        "route": "Make an Early Help referral if your own agency cannot meet the child’s needs."
      },
      {
        "level": 3,
        "route": "Make an Early Help referral so that agencies can work together with the family."
      },
      {
        "level": 4,
        "route": "Make a Safeguarding referral. If urgent action is needed, call the MASH now.",
        "teamCode": "MASH"
      }
    ]
  },
  "postcodeDistricts": [
    "RG12",
    "RG42",
    "RG45",
    "SL5",
    "GU47"
  ]
}
$json$))
ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, document = EXCLUDED.document, updated_at = now();
