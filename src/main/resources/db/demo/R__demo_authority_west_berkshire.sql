-- Demo data: West Berkshire Council, from its public "report a concern" page (seed 004).
-- A number or email the page does not give is null: never invent one.
INSERT INTO authority (id, slug, name, document) VALUES (
  '00000000-0000-4000-8000-000000000005', 'west-berkshire', 'West Berkshire Council', demo_authority_document(
  demo_weekday_hours('08:30-17:00', friday => '08:30-16:30'),
  'For concerns or allegations about an adult who works or volunteers with children.',
  $json$
{
  "shortName": "West Berkshire",
  "colour": "#00594f",
  "website": "https://www.westberks.gov.uk",
  "outOfHoursDescription": "outside office hours",
  "teams": [
    {
      "code": "CAAS",
      "name": "Contact Advice and Assessment Service (CAAS)",
      "description": "For members of the public and professionals who are worried about a child, during office hours.",
      "phone": null,
      "email": null,
      "availability": "OFFICE_HOURS",
      "audiences": [],
      "frontDoor": true,
      "hours": "8:30am to 5pm Monday to Thursday, 8:30am to 4:30pm Friday"
    },
    {
      "code": "EDS",
      "name": "Emergency Duty Service",
      "description": "Outside office hours you can discuss your concerns with a social worker.",
      "phone": "01344 351 999",
      "email": null,
      "availability": "OUT_OF_HOURS",
      "audiences": [],
      "frontDoor": true,
      "hours": "Outside office hours"
    }
  ],
  "policeNonEmergency": true,
  "professionalAdvice": {
    "immediate": "If you have immediate concerns about a child’s safety, contact the police on 999. The police are the only agency able to act immediately to keep a child safe. Then contact CAAS, or the Emergency Duty Service outside office hours.",
    "nonImmediate": "Contact CAAS during office hours with as much information as you can about the children, the family and why you are concerned.",
    "nonImmediateTeamCode": "CAAS"
  },
  "thresholdGuide": {
    "documentName": "the multi-agency threshold guidance",
    "introduction": "Use the levels below to decide whether to contact CAAS.",
    "levels": [
      {
        "level": 1
      },
      {
        "level": 2,
        "route": "Support the child within your agency, with partners where needed."
      },
      {
        "level": 3,
        "route": "Coordinate early help with the other agencies involved."
      },
      {
        "level": 4,
        "route": "Contact CAAS. If the child is in immediate danger, call 999 first.",
        "teamCode": "CAAS"
      }
    ]
  },
  "postcodeDistricts": [
    "RG7",
    "RG8",
    "RG14",
    "RG17",
    "RG18",
    "RG19",
    "RG20",
    "RG26"
  ]
}
$json$))
ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, document = EXCLUDED.document, updated_at = now();
