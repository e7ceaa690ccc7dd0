-- Demo data's calendar, for the demo work scripts that follow (R__demo_work_*): working days counted as WorkingCalendar
-- counts them (ADR 0003: the day is day 0; a deadline of n working days ends with the nth working day after it), over
-- the England and Wales bank holidays of 2024 to 2027 from authority/bank-holidays.json. Only in the demo data's
-- location (db/demo), so never in a production database.

-- The last day (not the exclusive end) of a deadline of n working days from the day, as WorkingCalendar counts it.
CREATE OR REPLACE FUNCTION demo_working_day(start date, n integer) RETURNS date LANGUAGE sql IMMUTABLE
  RETURN (
    SELECT d
      FROM (SELECT d, row_number() OVER (ORDER BY d) AS k
              FROM (SELECT g::date AS d FROM generate_series(start + 1, start + 400, interval '1 day') AS g) days
             WHERE extract(isodow FROM d) < 6
               AND d NOT IN ('2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26',
                 '2024-12-25', '2024-12-26', '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26',
                 '2025-08-25', '2025-12-25', '2025-12-26', '2026-01-01', '2026-04-03', '2026-04-06',
                 '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28', '2027-01-01',
                 '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27',
                 '2027-12-28')) w
     WHERE k = n);

-- A weekend day moved back to the Friday.
CREATE OR REPLACE FUNCTION demo_weekday(d date) RETURNS date LANGUAGE sql IMMUTABLE
  RETURN d - CASE extract(isodow FROM d)::integer WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END;

