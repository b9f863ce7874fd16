-- Case work's published view for notifications (issue 16): how to reach the victim and the person who reported, as
-- the case holds their details (named in the report, or added and corrected by staff: a newer row is a correction).
-- person_role is VICTIM for the victim (a complainant of an incident, or a victim who reported for themselves) and
-- REPORTER for someone who reported for another person or as a witness. Part of case work's API: columns are only
-- ever added, and a column never changes its meaning.
CREATE VIEW casework_case_contact_v AS
SELECT c.reference AS case_reference,
       CASE WHEN p.role IN ('VICTIM', 'COMPLAINANT') THEN 'VICTIM' ELSE 'REPORTER' END AS person_role,
       p.full_name, p.email, p.phone, p.address, p.postcode, p.added_at, p.id AS person_id
FROM person p
JOIN hate_case c ON c.id = p.case_id
WHERE p.role IN ('VICTIM', 'COMPLAINANT', 'REPORTER');
COMMENT ON VIEW casework_case_contact_v IS 'Part of case work''s API: contact details of the victim and the reporter of each case.';
