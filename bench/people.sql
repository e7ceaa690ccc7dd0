-- Synthetic people for bench/people: :people people in one council (:authority), all in one
-- index, the hard case. Surnames: the common British surnames drawn more often the more common
-- they are (Smith about 1 in 80), then a long tail of English-looking compound surnames
-- (Ashworth, Blackmore…) and some from other languages, and 3 in 100 double-barrelled. First
-- names: common British first names of several generations, drawn by frequency. Dates of birth:
-- 60 in 100 children born 2008 to 2026, the rest adults born 1960 to 2005. NHS numbers (valid
-- check digit) for about 9 in 10. Postcodes from 40 districts.
SELECT setseed(0.2026);
SET max_parallel_workers_per_gather = 0;

CREATE TEMP TABLE bench_names AS
SELECT ARRAY[
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson',
  'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green',
  'Hall', 'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper',
  'Hill', 'Ward', 'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen',
  'James', 'Scott', 'Phillips', 'Watson', 'Davis', 'Parker', 'Price', 'Bennett', 'Young',
  'Griffiths', 'Mitchell', 'Kelly', 'Cook', 'Carter', 'Richardson', 'Bailey', 'Collins', 'Bell',
  'Shaw', 'Murphy', 'Miller', 'Cox', 'Richards', 'Khan', 'Marshall', 'Anderson', 'Simpson', 'Ellis',
  'Adams', 'Singh', 'Begum', 'Wilkinson', 'Foster', 'Chapman', 'Powell', 'Webb', 'Rogers', 'Gray',
  'Mason', 'Ali', 'Hunt', 'Hussain', 'Campbell', 'Matthews', 'Owen', 'Palmer', 'Holmes', 'Mills',
  'Barnes', 'Knight', 'Lloyd', 'Butler', 'Russell', 'Barker', 'Fisher', 'Stevens', 'Jenkins',
  'Murray', 'Dixon', 'Harvey', 'Graham', 'Pearson', 'Ahmed', 'Fletcher', 'Walsh', 'Kaur', 'Gibson',
  'Howard', 'Andrews', 'Stewart', 'Elliott', 'Reynolds', 'Saunders', 'Payne', 'Fox', 'Ford',
  'Pearce', 'Day', 'Brooks', 'West', 'Lawrence', 'Cole', 'Atkinson', 'Bradley', 'Spencer',
  'Gill', 'Dawson', 'Ball', 'Burton', 'O''Brien', 'Watts', 'Rose', 'Booth', 'Perry', 'Ryan',
  'Grant', 'Wells', 'Armstrong', 'Francis', 'Rees', 'Hayes', 'Hart', 'Hudson', 'Newman',
  'Barrett', 'Webster', 'Hunter', 'Gregory', 'Carr', 'Lowe', 'Page', 'Marsh', 'Riley', 'Dunn',
  'Woods', 'Parsons', 'Berry', 'Stone', 'Reid', 'Holland', 'Hawkins', 'Harding', 'Porter',
  'Robertson', 'Newton', 'Oliver', 'Reed', 'Kennedy', 'Williamson', 'Bird', 'Gardner', 'Shah',
  'Dean', 'Lane', 'Cooke', 'Bates', 'Henderson', 'Parry', 'Burgess', 'Bishop', 'Walton', 'Burns',
  'Nicholson', 'Shepherd', 'Ross', 'Cross', 'Long', 'Freeman', 'Warren', 'Nicholls', 'Hamilton',
  'Byrne', 'Sutton', 'McDonald', 'Yates', 'Hodgson', 'Robson', 'Curtis', 'Hopkins', 'O''Connor',
  'Harper', 'Coleman', 'Watkins', 'Moss', 'McCarthy', 'Chambers', 'Griffin', 'Sharp', 'Hardy',
  'Wheeler', 'Potter', 'Osborne', 'Johnston', 'Gordon', 'Doyle', 'Wallace', 'George', 'Jordan',
  'Hutchinson', 'Rowe', 'Burke', 'May', 'Pritchard', 'Gilbert', 'Willis', 'Higgins', 'Read',
  'Miles', 'Stevenson', 'Stephenson', 'Hammond', 'Arnold', 'Buckley', 'Walters', 'Hewitt',
  'Barber', 'Nelson', 'Slater', 'Austin', 'Sullivan', 'Whitehead', 'Mann', 'Frost', 'Lambert',
  'Stephens', 'Blake', 'Akhtar', 'Lynch', 'Goodwin', 'Barton', 'Woodward', 'Thomson', 'Cunningham',
  'Quinn', 'Barnett', 'Baxter', 'Bibi', 'Clayton', 'Nash', 'Greenwood', 'Jennings', 'Holt',
  'Kemp', 'Poole', 'Gallagher', 'Bond', 'Stokes', 'Tucker', 'Davidson', 'Fowler', 'Heath',
  'Norman', 'Middleton', 'Lawson', 'Banks', 'French', 'Stanley', 'Jarvis', 'Gibbs', 'Ferguson',
  'Hayward', 'Carroll', 'Farmer', 'Barry', 'Mistry', 'Kaur', 'Iqbal', 'Rahman', 'Nowak'] AS common,
  ARRAY['Ash', 'Black', 'Brad', 'Brook', 'Cald', 'Chad', 'Chester', 'Cliff', 'Cold', 'Crom',
        'Dal', 'Dun', 'East', 'Elm', 'Fair', 'Farn', 'Gold', 'Green', 'Hal', 'Hart', 'Hay', 'Heath',
        'Holl', 'Hun', 'Kings', 'Lang', 'Lin', 'Long', 'Mar', 'Mid', 'Mill', 'Mor', 'New', 'North',
        'Oak', 'Pem', 'Ram', 'Red', 'Rich', 'Ros', 'Roth', 'Shel', 'South', 'Stan', 'Stock', 'Sum',
        'Thorn', 'Tal', 'Wal', 'War', 'Wat', 'West', 'Whit', 'Wil', 'Win', 'Wood', 'Wor', 'Bar',
        'Bram', 'Carl'] AS heads,
  ARRAY['worth', 'ford', 'ley', 'ton', 'field', 'wood', 'more', 'well', 'by', 'ham', 'stone',
        'bridge', 'wick', 'dale', 'hurst', 'combe', 'brook', 'shaw', 'thorpe', 'cliffe', 'land',
        'bury', 'den', 'ridge', 'way', 'mer', 'ington', 'house', 'ston', 'lock', 'well', 'wright',
        'man', 'ing', 'sworth', 'ell', 'acre', 'low', 'gate', 'ney'] AS tails,
  ARRAY['Kowalski', 'Wiśniewski', 'Nguyen', 'Okafor', 'Mensah', 'Adeyemi', 'Popescu', 'Silva',
        'Santos', 'Ferreira', 'Rossi', 'Müller', 'Schmidt', 'García', 'Martínez', 'Yilmaz',
        'Demir', 'Chowdhury', 'Islam', 'Uddin', 'Mahmood', 'Sharma', 'Gupta', 'Kumar', 'Chen',
        'Wang', 'Li', 'Zhang', 'Ivanov', 'Novak', 'Horvat', 'Kovács', 'Nagy', 'Dimitrov',
        'Papadopoulos', 'Haddad', 'Abdi', 'Osei', 'Boateng', 'Mwangi'] AS foreign_names,
  ARRAY['Olivia', 'Oliver', 'Amelia', 'George', 'Isla', 'Noah', 'Ava', 'Harry', 'Mia', 'Jack',
        'Emily', 'Leo', 'Sophia', 'Arthur', 'Grace', 'Muhammad', 'Lily', 'Charlie', 'Freya',
        'Oscar', 'Ella', 'Jacob', 'Isabella', 'Henry', 'Sarah', 'David', 'Emma', 'James', 'Laura',
        'Michael', 'Rebecca', 'Daniel', 'Jessica', 'Thomas', 'Sophie', 'Christopher', 'Charlotte',
        'William', 'Hannah', 'Matthew', 'Lucy', 'Joshua', 'Chloe', 'Samuel', 'Amy', 'Joseph',
        'Katie', 'Benjamin', 'Megan', 'Alexander', 'Lauren', 'Ryan', 'Rachel', 'Adam', 'Gemma',
        'Luke', 'Claire', 'Paul', 'Nicola', 'Mark', 'Kelly', 'Andrew', 'Lisa', 'Richard',
        'Michelle', 'Robert', 'Helen', 'John', 'Karen', 'Lee', 'Victoria', 'Jamie', 'Samantha',
        'Liam', 'Natalie', 'Nathan', 'Danielle', 'Callum', 'Holly', 'Kieran', 'Jade', 'Connor',
        'Abigail', 'Ethan', 'Evie', 'Alfie', 'Poppy', 'Freddie', 'Ruby', 'Theo', 'Daisy', 'Archie',
        'Phoebe', 'Isaac', 'Millie', 'Logan', 'Rosie', 'Mason', 'Willow', 'Finley', 'Scarlett',
        'Max', 'Erin', 'Dylan', 'Maisie', 'Tyler', 'Layla', 'Kai', 'Aisha', 'Jayden', 'Zara',
        'Riley', 'Maya', 'Elijah', 'Harper', 'Reuben', 'Florence', 'Teddy', 'Ivy', 'Arlo', 'Sienna',
        'Sebastian', 'Eleanor', 'Edward', 'Matilda', 'Lucas', 'Elsie', 'Tommy', 'Aria', 'Albie',
        'Bella', 'Harrison', 'Violet', 'Toby', 'Esme', 'Louie', 'Imogen', 'Stanley', 'Martha',
        'Dexter', 'Amber', 'Zachary', 'Eva', 'Mohammed', 'Fatima', 'Ahmed', 'Ayesha', 'Omar',
        'Maryam', 'Ibrahim', 'Zainab', 'Yusuf', 'Hafsa', 'Jakub', 'Zuzanna', 'Oliwia', 'Szymon',
        'Darren', 'Stacey', 'Craig', 'Kerry', 'Wayne', 'Leanne', 'Dean', 'Donna', 'Carl', 'Joanne',
        'Gary', 'Susan', 'Steven', 'Julie', 'Stephen', 'Tracey', 'Kevin', 'Amanda', 'Simon', 'Emma',
        'Peter', 'Deborah', 'Anthony', 'Angela', 'Jason', 'Louise', 'Scott', 'Hayley', 'Ben', 'Kirsty',
        'Aaron', 'Bethany', 'Jordan', 'Shannon', 'Bradley', 'Courtney', 'Reece', 'Paige', 'Harvey',
        'Niamh', 'Rhys', 'Caitlin', 'Owen', 'Ellie', 'Jenson', 'Alice', 'Rory', 'Heidi', 'Ronnie',
        'Clara', 'Felix', 'Nancy', 'Jude', 'Iris', 'Hugo', 'Ada', 'Ezra', 'Mabel', 'Otis', 'Edith'] AS first_names,
  ARRAY['OX1', 'OX2', 'OX3', 'OX4', 'OX14', 'OX16', 'RG1', 'RG2', 'RG4', 'RG12', 'RG14', 'RG40',
        'RG41', 'RG42', 'SO14', 'SO15', 'SO16', 'SO17', 'SO18', 'SO19', 'NN1', 'NN2', 'NN3', 'NN4',
        'NN5', 'NN8', 'NN10', 'NN15', 'NN16', 'NN17', 'SL4', 'SL5', 'GU47', 'MK1', 'MK2', 'MK9',
        'SN1', 'SN2', 'SN3', 'SN25'] AS districts;

CREATE TEMP TABLE bench_person AS
SELECT n,
       CASE WHEN r1 < 0.47 THEN common[1 + floor(cardinality(common) * power(r2, 1.45))::int]
            WHEN r1 < 0.93 THEN heads[1 + floor(cardinality(heads) * power(r2, 1.2))::int]
                                || tails[1 + floor(cardinality(tails) * power(r3, 1.2))::int]
            ELSE foreign_names[1 + floor(cardinality(foreign_names) * r2)::int] END
         || CASE WHEN random() < 0.03 THEN '-' || common[1 + floor(cardinality(common) * power(random(), 1.3))::int] ELSE '' END
         AS last_name,
       first_names[1 + floor(cardinality(first_names) * power(random(), 1.35))::int] AS first_name,
       CASE WHEN random() < 0.6 THEN DATE '2008-01-01' + floor(random() * 6879)::int
            ELSE DATE '1960-01-01' + floor(random() * 16436)::int END AS date_of_birth,
       CASE WHEN random() < 0.92 THEN (ARRAY['4', '6', '7', '9'])[1 + floor(random() * 4)::int]
                                      || lpad(floor(random() * 1e8)::bigint::text, 8, '0') END AS nine,
       districts[1 + floor(random() * cardinality(districts))::int] || ' ' || (1 + floor(random() * 9)::int)
         || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + floor(random() * 20)::int, 1)
         || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + floor(random() * 20)::int, 1) AS postcode
  FROM bench_names,
       (SELECT n, random() AS r1, random() AS r2, random() AS r3 FROM generate_series(1, :people) n) g;

INSERT INTO person (authority_id, id, kind, first_name, last_name, date_of_birth, gender, nhs_number,
                    postcode, created_at)
SELECT ':authority',
       ('00000000-0000-4000-9000-' || lpad(n::text, 12, '0'))::uuid,
       CASE WHEN date_of_birth >= DATE '2008-11-01' THEN 'CHILD' ELSE 'ADULT' END,
       first_name, last_name, date_of_birth, 'UNKNOWN',
       CASE WHEN check_digit < 10 THEN nine || check_digit END,
       postcode, TIMESTAMPTZ '2026-01-01 00:00:00Z'
  FROM (SELECT *, (11 - (substr(nine, 1, 1)::int * 10 + substr(nine, 2, 1)::int * 9 + substr(nine, 3, 1)::int * 8
                         + substr(nine, 4, 1)::int * 7 + substr(nine, 5, 1)::int * 6 + substr(nine, 6, 1)::int * 5
                         + substr(nine, 7, 1)::int * 4 + substr(nine, 8, 1)::int * 3 + substr(nine, 9, 1)::int * 2) % 11) % 11
                   AS check_digit
          FROM bench_person) p;

-- The plain trigram search compared against: every full name, one GIN index.
CREATE INDEX person_name_trigram ON person USING gin (name_key gin_trgm_ops);
