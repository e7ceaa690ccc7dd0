-- Demo data: West Berkshire Council, from its public "report a concern" page (seed 004).
-- A number or email the page does not give is null: never invent one.
INSERT INTO authority (id, slug, name, document) VALUES (
  '00000000-0000-4000-8000-000000000005', 'west-berkshire', 'West Berkshire Council', $json$
{
  "shortName": "West Berkshire",
  "colour": "#00594f",
  "casework": { "childInNeedVisitWorkingDays": 20, "childInNeedPlanReviewMonths": 3, "familyPlanReviewMonths": 3,
                "protectionVisitWorkingDays": 10, "coreGroupWorkingDays": 10 },
  "website": "https://www.westberks.gov.uk",
  "officeHours": {
    "alwaysOpen": false,
    "closedOnBankHolidays": true,
    "days": {
      "MONDAY": "08:30-17:00",
      "TUESDAY": "08:30-17:00",
      "WEDNESDAY": "08:30-17:00",
      "THURSDAY": "08:30-17:00",
      "FRIDAY": "08:30-16:30"
    }
  },
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
    },
    {
      "code": "LADO",
      "name": "Local Authority Designated Officer (LADO)",
      "description": "For concerns or allegations about an adult who works or volunteers with children.",
      "phone": null,
      "email": null,
      "availability": "OFFICE_HOURS",
      "audiences": [],
      "frontDoor": false,
      "hours": null
    }
  ],
  "policeNonEmergency": true,
  "noNamesConsultation": {
    "offered": false,
    "teamCode": null,
    "description": null
  },
  "referralTypes": [
    "SAFEGUARDING"
  ],
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
        "level": 1,
        "name": "Universal",
        "summary": "Needs are met by universal services such as schools, GPs and health visitors.",
        "route": "No referral is needed. Support the child within universal services.",
        "teamCode": null
      },
      {
        "level": 2,
        "name": "Early help",
        "summary": "Has additional needs that one agency can meet, working with others where needed.",
        "route": "Support the child within your agency, with partners where needed.",
        "teamCode": null
      },
      {
        "level": 3,
        "name": "Targeted early help",
        "summary": "Has several needs that need a coordinated response from more than one agency.",
        "route": "Coordinate early help with the other agencies involved.",
        "teamCode": null
      },
      {
        "level": 4,
        "name": "Specialist",
        "summary": "Has a high level of unmet and complex needs, or needs protection from significant harm.",
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
$json$::jsonb)
ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, document = EXCLUDED.document, updated_at = now();
