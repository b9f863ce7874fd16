-- Reports taken by staff: by phone, at a front counter or on a home visit, through the same domain service
-- as the online journey. Who entered it is kept with the report.

ALTER TABLE report DROP CONSTRAINT report_channel_check;
ALTER TABLE report ADD CONSTRAINT report_channel_check
    CHECK (channel IN ('ONLINE', 'THIRD_PARTY', 'KIOSK', 'PHONE', 'FRONT_COUNTER', 'HOME_VISIT'));
ALTER TABLE report ADD COLUMN entered_by TEXT;
