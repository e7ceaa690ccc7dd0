-- An allegation's section 47 strand linked to the council's own section 47 enquiry for the child
-- (issues 16 and 17): the LADO sees the enquiry's start, progress and outcome from the allegation
-- rather than retyping them. Only a section 47 strand links to one.
ALTER TABLE lado_strand ADD COLUMN enquiry_id uuid;
ALTER TABLE lado_strand ADD CONSTRAINT lado_strand_enquiry
  FOREIGN KEY (authority_id, enquiry_id) REFERENCES casework_enquiry (authority_id, id);
ALTER TABLE lado_strand ADD CONSTRAINT lado_strand_enquiry_section_47 CHECK (enquiry_id IS NULL OR kind = 'SECTION_47');
