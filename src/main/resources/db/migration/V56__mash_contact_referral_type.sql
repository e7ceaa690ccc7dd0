-- Whether a professional's referral is for Safeguarding or Early Help, so the MASH queue shows it
-- without opening each referral. Null for other routes, and for contacts opened before this column.
ALTER TABLE mash_contact
  ADD COLUMN referral_type text CHECK (referral_type IN ('SAFEGUARDING', 'EARLY_HELP'));
