-- Victim Personal Statements (Victims' Code right 7: optional, and the victim can add to it later) and, for
-- hate crime, Community Impact Statements. Each is a series of versions: a new version never overwrites an
-- old one, and the table refuses any change or deletion of a version once written.
CREATE TABLE care_statement (
    id             UUID PRIMARY KEY,
    case_reference TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('VICTIM_PERSONAL', 'COMMUNITY_IMPACT')),
    version        INT NOT NULL CHECK (version > 0),
    body           TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    taken_by       TEXT NOT NULL CHECK (length(taken_by) BETWEEN 1 AND 200),
    taken_on       DATE NOT NULL,
    -- the victim's choice for a personal statement; a community statement has none
    read_aloud     TEXT CHECK (read_aloud IN ('VICTIM_READS', 'READ_FOR_VICTIM', 'NOT_READ')),
    recorded_by    TEXT NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    UNIQUE (case_reference, kind, version),
    CONSTRAINT care_statement_choice CHECK ((kind = 'VICTIM_PERSONAL') = (read_aloud IS NOT NULL))
);

CREATE FUNCTION care_statement_append_only() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'A statement version cannot be changed or deleted: add a new version';
END;
$$;
CREATE TRIGGER care_statement_append_only BEFORE UPDATE OR DELETE ON care_statement
    FOR EACH ROW EXECUTE FUNCTION care_statement_append_only();
