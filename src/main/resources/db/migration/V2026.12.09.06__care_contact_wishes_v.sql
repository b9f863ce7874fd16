-- Published for notifications (issue 16): the contact wishes in force for each case (its newest row).
CREATE VIEW care_contact_wishes_v AS
SELECT DISTINCT ON (case_reference)
       case_reference, safe_windows, allowed_channels, leave_message, contact_consent, given_by, given_at
FROM care_contact_wishes
ORDER BY case_reference, id DESC;
