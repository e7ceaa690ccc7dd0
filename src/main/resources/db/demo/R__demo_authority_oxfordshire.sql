-- Demo data: Oxfordshire County Council, from its public "report a concern" page (seed 000).
-- A number or email the page does not give is null: never invent one.
INSERT INTO authority (id, slug, name, document) VALUES (
  '00000000-0000-4000-8000-000000000001', 'oxfordshire', 'Oxfordshire County Council', demo_authority_document(
  demo_weekday_hours('08:30-17:00', friday => '08:30-16:00'),
  'For concerns or allegations about an adult who works or volunteers with children.',
  $json$
{
  "shortName": "Oxfordshire",
  "colour": "#0b5a8c",
  "website": "https://www.oxfordshire.gov.uk",
  "outOfHoursDescription": "outside office hours",
  "teams": [
    {
      "code": "MASH",
      "name": "Multi-Agency Safeguarding Hub (MASH)",
      "description": "The front door to children’s social care for child protection and immediate safeguarding concerns. Calls are answered by Customer Services, who ask a series of questions and pass safeguarding concerns to the MASH.",
      "phone": "0345 050 7666",
      "email": null,
      "availability": "OFFICE_HOURS",
      "audiences": [],
      "frontDoor": true,
      "hours": "8:30am to 5pm Monday to Thursday, 8:30am to 4pm Friday"
    },
    {
      "code": "EDT",
      "name": "Emergency Duty Team",
      "description": "Answers outside office hours.",
      "phone": "0800 833 408",
      "email": null,
      "availability": "OUT_OF_HOURS",
      "audiences": [],
      "frontDoor": true,
      "hours": "Outside office hours"
    },
    {
      "code": "CS",
      "name": "Customer Services",
      "description": "Answers the MASH number, asks set questions and triages safeguarding concerns into the MASH.",
      "phone": "0345 050 7666",
      "email": null,
      "availability": "OFFICE_HOURS",
      "audiences": [],
      "frontDoor": false,
      "hours": "8:30am to 5pm Monday to Thursday, 8:30am to 4pm Friday"
    },
    {
      "code": "LCSS",
      "name": "Locality and Community Support Service",
      "description": "For concerns about a child or family that are not immediate safeguarding concerns.",
      "phone": null,
      "email": null,
      "availability": "OFFICE_HOURS",
      "audiences": [
        "PROFESSIONAL"
      ],
      "frontDoor": false,
      "hours": null
    }
  ],
  "noNamesConsultation": {
    "offered": true,
    "teamCode": "MASH",
    "description": "A no-names consultation must not be used where a child is at risk or may have suffered significant harm: call the MASH straight away."
  },
  "professionalAdvice": {
    "immediate": "If a child is at risk or may have suffered significant harm, contact the MASH immediately. For example: allegations that a child has been sexually or physically abused; severe neglect or other severe health risks; a child living in, or about to return to, a situation of immediate risk; a child frightened to return home; a child abandoned or a parent absent.",
    "nonImmediate": "If your concern is not an immediate safeguarding concern, use the Threshold of Needs matrix in the Multi-Agency Toolkit to decide whether to contact children’s services and which team. For non-immediate concerns, contact your Locality and Community Support Service.",
    "nonImmediateTeamCode": "LCSS"
  },
  "thresholdGuide": {
    "documentName": "the Threshold of Needs matrix in Oxfordshire’s Multi-Agency Toolkit",
    "introduction": "Oxfordshire’s safeguarding partners publish a Threshold of Needs matrix to help professionals decide whether to contact children’s services, and which team.",
    "levels": [
      {
        "level": 1
      },
      {
        "level": 2,
        "route": "Support the child within your own agency, working with others already involved. For advice on non-immediate concerns, contact your Locality and Community Support Service.",
        "teamCode": "LCSS"
      },
      {
        "level": 3,
        "route": "Contact your Locality and Community Support Service to coordinate early help from more than one agency.",
        "teamCode": "LCSS"
      },
      {
        "level": 4,
        "route": "Contact the MASH now. If the child is in immediate danger, call 999 first.",
        "teamCode": "MASH"
      }
    ]
  },
  "phoneQuestions": [
    "Is the child in immediate danger now? If so, transfer the call to the MASH duty line or 999 before anything else.",
    "Has the child been sexually or physically abused, or said so?",
    "Is the child suffering severe neglect or another severe risk to their health?",
    "Is the child living in, or about to go back to, a situation that may put them at immediate risk? Are they frightened to go home?",
    "Has the child been abandoned, or is the parent absent?",
    "What has happened, when, and how does the caller know?",
    "Who is caring for the child now, and who else lives in the household?",
    "Does the family know about this call?"
  ],
  "postcodeDistricts": [
    "OX1",
    "OX2",
    "OX3",
    "OX4",
    "OX5",
    "OX7",
    "OX9",
    "OX10",
    "OX11",
    "OX12",
    "OX13",
    "OX14",
    "OX15",
    "OX16",
    "OX17",
    "OX18",
    "OX20",
    "OX25",
    "OX26",
    "OX27",
    "OX28",
    "OX29",
    "OX33",
    "OX39",
    "OX44",
    "OX49",
    "RG8",
    "RG9",
    "SN7"
  ]
}
$json$))
ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, document = EXCLUDED.document, updated_at = now();
