-- Demo data: Northamptonshire Children’s Trust, from its public "report a concern" page (seed 003).
-- A number or email the page does not give is null: never invent one.
INSERT INTO authority (id, slug, name, document) VALUES (
  '00000000-0000-4000-8000-000000000004', 'northamptonshire', 'Northamptonshire Children’s Trust', demo_authority_document(
  demo_weekday_hours('unstated', friday => 'unstated'),
  'For concerns or allegations about an adult who works or volunteers with children. Report it if the adult has harmed or may have harmed a child, may have committed a criminal offence against or related to a child, or has behaved in a way that shows they may pose a risk of harm to children.',
  $json$
{
  "shortName": "Northamptonshire",
  "colour": "#5c2d6e",
  "website": "https://www.nctrust.co.uk",
  "outOfHoursDescription": "during the evening, at night or at the weekend",
  "teams": [
    {
      "code": "MASH",
      "name": "Multi-Agency Safeguarding Hub (MASH)",
      "description": "Social care, police and the NHS working together. A professional will listen to and record your concern.",
      "phone": "0300 126 7000",
      "email": null,
      "availability": "OFFICE_HOURS",
      "audiences": [],
      "frontDoor": true,
      "hours": null
    },
    {
      "code": "OOH",
      "name": "Out-of-hours team",
      "description": "For urgent concerns during the evening, at night or at the weekend.",
      "phone": "01604 626 938",
      "email": null,
      "availability": "OUT_OF_HOURS",
      "audiences": [],
      "frontDoor": true,
      "hours": "during the evening, at night or at the weekend"
    }
  ],
  "professionalAdvice": {
    "immediate": "If you have an urgent concern, call the MASH immediately. You will speak to a professional who will listen to and record your concern. If it meets the threshold for a referral, you will then need to complete a written referral online.",
    "nonImmediate": "If there is no immediate danger, use the Thresholds Guidance to establish the level of need and risk before you act. If you believe your concern meets the threshold for statutory intervention, call the MASH or complete the online referral form. Inform the parents or carers that you are making a referral, and get their consent unless there is a good reason not to.",
    "nonImmediateTeamCode": null
  },
  "thresholdGuide": {
    "documentName": "Northamptonshire’s Thresholds and Pathways guidance",
    "introduction": "The Thresholds Guidance sets out how vulnerable children in Northamptonshire are supported and kept safe, and helps you establish the level of need and risk.",
    "levels": [
      {
        "level": 1
      },
      {
        "level": 2,
        "route": "Support the child within your agency. Consider an Early Help Assessment."
      },
      {
        "level": 3,
        "route": "Start an Early Help Assessment and coordinate support from several agencies."
      },
      {
        "level": 4,
        "route": "Call the MASH if it is urgent, then complete the online MASH referral.",
        "teamCode": "MASH"
      }
    ]
  },
  "postcodeDistricts": [
    "NN1",
    "NN2",
    "NN3",
    "NN4",
    "NN5",
    "NN6",
    "NN7",
    "NN8",
    "NN9",
    "NN10",
    "NN11",
    "NN12",
    "NN13",
    "NN14",
    "NN15",
    "NN16",
    "NN17",
    "NN18",
    "NN29",
    "OX17"
  ]
}
$json$))
ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, document = EXCLUDED.document, updated_at = now();
