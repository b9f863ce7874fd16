-- Case work's published catalogues: the strands, religion categories, offences and Home Office outcome types
-- other modules may read (reporting's questions, insights' returns, the synthetic data generator) without naming
-- case work's tables. Part of case work's API; columns are only ever added.

CREATE VIEW casework_strand_v AS
SELECT code, name, monitored, active, sort_order FROM strand;

CREATE VIEW casework_religion_category_v AS
SELECT code, name, active, sort_order FROM religion_category;

CREATE VIEW casework_offence_v AS
SELECT code, name, offence_group, aggravated, s66_uplift, legislation, active, sort_order FROM offence;

CREATE VIEW casework_outcome_type_v AS
SELECT code, name, positive, withdrawal, active FROM outcome_type;
