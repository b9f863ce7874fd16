-- Published for notifications (issue 16): how to reach a member of staff at work.
CREATE VIEW identity_staff_contact_v AS
SELECT username, display_name, work_email, work_phone, unit_id, enabled FROM staff_user;
