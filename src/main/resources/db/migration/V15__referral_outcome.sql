-- What the council decided about a referral, in the words sent to the referrer (never the family's
-- private information); empty until a manager authorises the MASH decision.
ALTER TABLE referral ADD COLUMN outcome text CHECK (length(outcome) <= 2000);
