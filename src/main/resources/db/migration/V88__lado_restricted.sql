-- Restricted allegations (issue 17): one about the council's own staff is marked restricted by a
-- LADO, and from then on only those with the LADO role open it; a deputy LADO does not. Who marked
-- it, and every view, is in the audit log.
ALTER TABLE lado_allegation ADD COLUMN restricted boolean NOT NULL DEFAULT false;
