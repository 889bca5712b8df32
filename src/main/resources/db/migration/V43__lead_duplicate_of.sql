-- A lead closed as a duplicate names the lead kept for that person.
ALTER TABLE leads ADD COLUMN duplicate_of VARCHAR(12) NULL;
