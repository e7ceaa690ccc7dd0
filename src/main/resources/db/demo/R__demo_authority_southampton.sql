-- Demo data: Southampton City Council, from its public "report a concern" page (seed 002).
-- A number or email the page does not give is null: never invent one.
INSERT INTO authority (id, slug, name, document) VALUES (
  '00000000-0000-4000-8000-000000000003', 'southampton', 'Southampton City Council', demo_authority_document(
  '{"alwaysOpen": true, "closedOnBankHolidays": false, "days": {}}',
  'For concerns or allegations about an adult who works or volunteers with children.',
  $json$
{
  "shortName": "Southampton",
  "colour": "#9b1c31",
  "website": "https://www.southampton.gov.uk",
  "outOfHoursDescription": "any time",
  "teams": [
    {
      "code": "MASH",
      "name": "Children’s Services Multi-Agency Safeguarding Hub (MASH)",
      "description": "Line for members of the public.",
      "phone": "023 8083 3336",
      "email": null,
      "availability": "ALWAYS",
      "audiences": [
        "PUBLIC"
      ],
      "frontDoor": true,
      "hours": "Any time"
    },
    {
      "code": "MASH-PRO",
      "name": "Children’s Services Multi-Agency Safeguarding Hub (MASH)",
      "description": "Line for professionals.",
      "phone": "023 8083 2300",
      "email": null,
      "availability": "ALWAYS",
      "audiences": [
        "PROFESSIONAL"
      ],
      "frontDoor": true,
      "hours": "Any time"
    }
  ],
  "professionalAdvice": {
    "immediate": "If a child is at risk now, call the MASH professionals’ line. It is answered at any time.",
    "nonImmediate": "Make a referral with the online referral form, or call the MASH first if you want to discuss your concerns. Speak to the adults with parental responsibility and get their consent to share information, unless that may put the child at greater risk of harm.",
    "nonImmediateTeamCode": null
  },
  "thresholdGuide": {
    "documentName": "Southampton’s continuum of need",
    "introduction": "Southampton’s continuum of need describes four levels, from children whose needs are fully met to children with acute needs, including those in need of protection.",
    "levels": [
      {
        "level": 1,
        "summary": "Children whose needs are fully met and who thrive."
      },
      {
        "level": 2,
        "name": "Universal Partnership",
        "summary": "Children with additional needs.",
        "route": "Support the child within your agency, with partners where needed."
      },
      {
        "level": 3,
        "name": "Universal Partnership Plus",
        "summary": "Children with multiple and complex needs.",
        "route": "Work with other agencies around the child and family."
      },
      {
        "level": 4,
        "name": "Safeguarding",
        "summary": "Children with acute needs, including those in need of protection.",
        "route": "Make a referral to the MASH with the online referral form, or call the professionals’ line.",
        "teamCode": "MASH"
      }
    ]
  },
  "postcodeDistricts": [
    "SO14",
    "SO15",
    "SO16",
    "SO17",
    "SO18",
    "SO19"
  ]
}
$json$))
ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, document = EXCLUDED.document, updated_at = now();
