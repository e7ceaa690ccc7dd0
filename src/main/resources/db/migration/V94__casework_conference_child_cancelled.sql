-- A cancelled initial conference lets its children's enquiries be convened again: an enquiry
-- leads to one initial conference that is not cancelled, not to one conference ever.
ALTER TABLE casework_conference_child ADD COLUMN cancelled boolean NOT NULL DEFAULT false;
DROP INDEX casework_conference_child_one_per_enquiry;
CREATE UNIQUE INDEX casework_conference_child_one_per_enquiry ON casework_conference_child (authority_id, enquiry_id)
  WHERE enquiry_id IS NOT NULL AND NOT cancelled;
