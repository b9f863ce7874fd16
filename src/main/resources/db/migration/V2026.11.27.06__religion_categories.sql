-- Religion or belief is monitored by the perceived religion of the victim (Home Office sub-categories):
-- anti-Muslim and anti-Jewish are the largest. Kept as data so a force can follow changes to the return.

CREATE TABLE religion_category (
    code       TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]{1,39}$'),
    name       TEXT NOT NULL,
    active     BOOLEAN NOT NULL DEFAULT TRUE,
    sort_order INT NOT NULL
);
INSERT INTO religion_category (code, name, sort_order) VALUES
    ('ANTI_MUSLIM', 'Anti-Muslim', 1),
    ('ANTI_JEWISH', 'Anti-Jewish', 2),
    ('ANTI_CHRISTIAN', 'Anti-Christian', 3),
    ('ANTI_SIKH', 'Anti-Sikh', 4),
    ('ANTI_HINDU', 'Anti-Hindu', 5),
    ('ANTI_BUDDHIST', 'Anti-Buddhist', 6),
    ('OTHER', 'Other religion or belief', 7),
    ('NO_RELIGION', 'No religion', 8),
    ('UNKNOWN', 'Not known', 9);

CREATE TABLE case_religion (
    case_id  UUID NOT NULL REFERENCES hate_case (id) ON DELETE CASCADE,
    category TEXT NOT NULL REFERENCES religion_category (code),
    PRIMARY KEY (case_id, category)
);
CREATE INDEX case_religion_category_idx ON case_religion (category);
