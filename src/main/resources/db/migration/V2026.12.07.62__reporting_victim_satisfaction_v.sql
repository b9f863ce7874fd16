-- Reporting's published view of the satisfaction survey answers, for statistics (insights' dashboard) without naming
-- reporting's table. Part of reporting's API: columns are only ever added, and a column never changes its meaning.

-- One row per case whose survey was answered: who answered (VICTIM, ON_BEHALF or WITNESS), how, and the answers on
-- the seven-point scale (1 completely dissatisfied to 7 completely satisfied). Not the comments.
CREATE VIEW reporting_victim_satisfaction_v AS
SELECT case_reference, respondent, channel, overall, kept_informed, treatment, answered_at FROM victim_satisfaction;
COMMENT ON VIEW reporting_victim_satisfaction_v IS 'Part of reporting''s API: satisfaction survey answers by case, without comments.';
