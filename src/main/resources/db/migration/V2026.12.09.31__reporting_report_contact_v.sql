-- Reporting's published view for notifications (issue 16): what the report says about contacting its people. One
-- row per person named in the report (a report with nobody named, such as an anonymous one, has one row whose
-- person_role is null). person_role is VICTIM for the victim, including a victim who reported for themselves, and
-- REPORTER for someone who reported for another person or as a witness, as on the case. safe_windows are the
-- person's safe days and times as victim care encodes them ('MONDAY,TUESDAY 18:00-20:00', UK time). Part of
-- reporting's API: columns are only ever added, and a column never changes its meaning.
CREATE VIEW reporting_report_contact_v AS
SELECT r.reference, r.anonymous, r.consent_contact AS consent_to_contact, r.reporter_role,
       CASE WHEN p.role = 'VICTIM' OR r.reporter_role = 'VICTIM' THEN 'VICTIM'
            WHEN p.role IS NOT NULL THEN 'REPORTER' END AS person_role,
       p.language, p.preferred_contact, coalesce(p.allowed_channels, '{}') AS allowed_channels,
       coalesce((SELECT array_agg(array_to_string(w.days, ',') || ' ' || to_char(w.from_time, 'HH24:MI') || '-'
                                  || to_char(w.to_time, 'HH24:MI') ORDER BY w.position)
                 FROM report_safe_window w WHERE w.report_id = r.id AND w.role = p.role), '{}') AS safe_windows
FROM report r
LEFT JOIN report_person p ON p.report_id = r.id;
COMMENT ON VIEW reporting_report_contact_v IS 'Part of reporting''s API: consent, anonymity and contact wishes of each report''s people.';
