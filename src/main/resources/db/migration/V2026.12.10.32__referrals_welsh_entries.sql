-- Directory entries in Welsh (issue 21): an optional Welsh name and description, shown on Welsh pages when given
-- (the English ones otherwise).
ALTER TABLE support_organisation
    ADD COLUMN name_cy        TEXT CHECK (length(name_cy) BETWEEN 1 AND 200),
    ADD COLUMN description_cy TEXT CHECK (length(description_cy) BETWEEN 1 AND 2000);
