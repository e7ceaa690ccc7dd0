-- Demo data: Southampton City Council, from its public "report a concern" page (seed 002).
-- A number or email the page does not give is null: never invent one.
INSERT INTO authority (id, slug, name, document) VALUES (
  '00000000-0000-4000-8000-000000000003', 'southampton', 'Southampton City Council', $json$
{
  "shortName": "Southampton",
  "colour": "#9b1c31",
  "website": "https://www.southampton.gov.uk",
  "officeHours": {
    "alwaysOpen": true,
    "closedOnBankHolidays": false,
    "days": {}
  },
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
      "code": "MASH",
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
  "policeNonEmergency": false,
  "noNamesConsultation": {
    "offered": false,
    "teamCode": null,
    "description": null
  },
  "referralTypes": [
    "SAFEGUARDING"
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
        "name": "Universal",
        "summary": "Children whose needs are fully met and who thrive.",
        "indicators": [
          {
            "domain": "Child’s developmental needs",
            "examples": [
              "Achieving learning targets and attending school well",
              "Meeting developmental milestones",
              "Healthy, with health checks and immunisations up to date"
            ]
          },
          {
            "domain": "Parents and carers",
            "examples": [
              "Provides a safe, secure and caring home",
              "Meets the child’s basic needs",
              "Sets appropriate boundaries"
            ]
          },
          {
            "domain": "Family and environment",
            "examples": [
              "Supportive relationships with family and friends",
              "Stable housing and enough income",
              "Part of the local community"
            ]
          }
        ],
        "route": "No referral is needed. Support the child within universal services.",
        "teamCode": null
      },
      {
        "level": 2,
        "name": "Universal Partnership",
        "summary": "Children with additional needs.",
        "indicators": [
          {
            "domain": "Child’s developmental needs",
            "examples": [
              "Absence from school or truancy, or fixed-term exclusions",
              "Missed health checks or immunisations",
              "Low-level emotional or mental health needs",
              "Early signs of drug or alcohol use, or underage sexual activity"
            ]
          },
          {
            "domain": "Parents and carers",
            "examples": [
              "Inconsistent care or parenting",
              "Poor supervision of the child",
              "Parent finding it hard to cope"
            ]
          },
          {
            "domain": "Family and environment",
            "examples": [
              "Young carer",
              "Bullying",
              "Poor housing, or low income affecting the child",
              "Possible domestic abuse concerns"
            ]
          }
        ],
        "route": "Support the child within your agency, with partners where needed.",
        "teamCode": null
      },
      {
        "level": 3,
        "name": "Universal Partnership Plus",
        "summary": "Children with multiple and complex needs.",
        "indicators": [
          {
            "domain": "Child’s developmental needs",
            "examples": [
              "Several needs that one agency cannot meet alone",
              "Regularly missing from home or school",
              "Emotional or mental health needs affecting daily life"
            ]
          },
          {
            "domain": "Parents and carers",
            "examples": [
              "Parent’s health, learning disability or substance use affecting their parenting",
              "Domestic abuse concerns",
              "Family relationships breaking down"
            ]
          },
          {
            "domain": "Family and environment",
            "examples": [
              "Risk of losing their home, or frequent moves or temporary accommodation",
              "Harassment or antisocial behaviour affecting the family",
              "Social isolation"
            ]
          }
        ],
        "route": "Work with other agencies around the child and family.",
        "teamCode": null
      },
      {
        "level": 4,
        "name": "Safeguarding",
        "summary": "Children with acute needs, including those in need of protection.",
        "indicators": [
          {
            "domain": "Child’s developmental needs",
            "examples": [
              "Disclosure or signs of physical, sexual or emotional abuse",
              "Severe neglect, or serious risks to health",
              "Frequently missing from home, or at risk of exploitation",
              "Serious self-harm or mental health crisis"
            ]
          },
          {
            "domain": "Parents and carers",
            "examples": [
              "Parent unable to keep the child safe",
              "Substance misuse or mental ill health seriously affecting the child",
              "Parent absent, or child abandoned"
            ]
          },
          {
            "domain": "Family and environment",
            "examples": [
              "Child frightened to return home",
              "Serious domestic abuse",
              "Child living in, or about to return to, a situation of immediate risk"
            ]
          }
        ],
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
$json$::jsonb)
ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, document = EXCLUDED.document, updated_at = now();
