-- The same idempotency key with a different request is refused, not answered with the earlier
-- referral (issue 12): each referral keeps a SHA-256 hash of the document it was made from.
-- Referrals stored before this have none; a repeat of their key is answered as before.
ALTER TABLE referral ADD COLUMN request_sha256 text CHECK (request_sha256 ~ '^[0-9a-f]{64}$');
COMMENT ON COLUMN referral.request_sha256 IS
  'SHA-256 of the stored document as first submitted; null for referrals stored before V30.';
