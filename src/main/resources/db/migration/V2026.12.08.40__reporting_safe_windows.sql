-- When it is safe to contact a person named in a report, as data the service can check (issue 15): the days and
-- times (Europe/London local time) of each window, and the channels they allow. The free-text safe_times of
-- report_person stays as their note. A window never runs past midnight, and a person's windows do not overlap
-- (checked when the report is received).
ALTER TABLE report_person ADD COLUMN allowed_channels TEXT[] NOT NULL DEFAULT '{}'
    CHECK (allowed_channels <@ ARRAY['PHONE', 'EMAIL', 'POST', 'IN_PERSON', 'MESSAGE']::TEXT[]);

CREATE TABLE report_safe_window (
    report_id UUID NOT NULL,
    role      TEXT NOT NULL,
    position  INT NOT NULL CHECK (position >= 1),
    days      TEXT[] NOT NULL CHECK (cardinality(days) BETWEEN 1 AND 7
                  AND days <@ ARRAY['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']::TEXT[]),
    from_time TIME NOT NULL,
    to_time   TIME NOT NULL CHECK (to_time > from_time),
    PRIMARY KEY (report_id, role, position),
    FOREIGN KEY (report_id, role) REFERENCES report_person (report_id, role) ON DELETE CASCADE
);
