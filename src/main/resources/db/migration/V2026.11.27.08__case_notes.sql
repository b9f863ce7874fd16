-- Notes officers keep on a case: append-only, like the history, so that what was written stays as written.

CREATE TABLE case_note (
    id         BIGSERIAL PRIMARY KEY,
    case_id    UUID NOT NULL REFERENCES hate_case (id),
    body       TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
    author     TEXT NOT NULL,
    written_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX case_note_case_idx ON case_note (case_id, written_at);

CREATE TRIGGER case_note_no_update BEFORE UPDATE OR DELETE ON case_note
    FOR EACH ROW EXECUTE FUNCTION case_history_refuse_change();
