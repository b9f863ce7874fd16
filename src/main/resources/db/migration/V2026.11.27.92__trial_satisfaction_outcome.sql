-- Victim satisfaction as a secondary outcome of a trial: the share of victims who answered that were satisfied.
ALTER TABLE trial ADD COLUMN satisfaction_outcome BOOLEAN NOT NULL DEFAULT FALSE;
