-- Reporting's published postcode routing: which unit covers each postcode district (the part of a postcode before
-- the space, like TW3), as a report from that district is routed. Part of reporting's API for other modules (the
-- synthetic data generator gives the people of a borough's cases postcodes in that borough's districts) without
-- naming reporting's table; columns are only ever added.

CREATE VIEW reporting_postcode_district_v AS
SELECT district, unit_code FROM postcode_district_unit;

COMMENT ON VIEW reporting_postcode_district_v IS
    'Reporting API: the unit (by code) that covers each postcode district, as reports are routed';
