-- Recording and case work: the offence catalogue and Home Office outcomes as data, the recording
-- decision (crime, non-crime hate incident or no record) with its supervisor review, flags, key
-- investigative decisions and the victim's withdrawal of support.

CREATE TABLE offence (
    code        TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,59}$'),
    name        TEXT NOT NULL,
    offence_group TEXT NOT NULL CHECK (offence_group IN ('PUBLIC_ORDER', 'VIOLENCE_AGAINST_THE_PERSON', 'STALKING_HARASSMENT',
                                                         'CRIMINAL_DAMAGE_ARSON', 'THEFT', 'SEXUAL', 'OTHER')),
    -- Crime and Disorder Act 1998 ss.28-32: a racially or religiously aggravated form of the offence
    aggravated  BOOLEAN NOT NULL,
    -- Sentencing Act 2020 s.66: hostility on any strand aggravates the sentence of any other offence
    s66_uplift  BOOLEAN NOT NULL,
    legislation TEXT NOT NULL,
    active      BOOLEAN NOT NULL DEFAULT TRUE,
    sort_order  INT NOT NULL,
    CHECK (NOT (aggravated AND s66_uplift))
);
INSERT INTO offence (code, name, offence_group, aggravated, s66_uplift, legislation, sort_order) VALUES
 ('RA_FEAR_PROVOCATION', 'Racially or religiously aggravated fear or provocation of violence', 'PUBLIC_ORDER', TRUE, FALSE, 'Crime and Disorder Act 1998 s.31(1)(a)', 1),
 ('RA_INTENTIONAL_HAD', 'Racially or religiously aggravated intentional harassment, alarm or distress', 'PUBLIC_ORDER', TRUE, FALSE, 'Crime and Disorder Act 1998 s.31(1)(b)', 2),
 ('RA_HAD', 'Racially or religiously aggravated harassment, alarm or distress', 'PUBLIC_ORDER', TRUE, FALSE, 'Crime and Disorder Act 1998 s.31(1)(c)', 3),
 ('RA_COMMON_ASSAULT', 'Racially or religiously aggravated common assault', 'VIOLENCE_AGAINST_THE_PERSON', TRUE, FALSE, 'Crime and Disorder Act 1998 s.29(1)(c)', 4),
 ('RA_ABH', 'Racially or religiously aggravated assault occasioning actual bodily harm', 'VIOLENCE_AGAINST_THE_PERSON', TRUE, FALSE, 'Crime and Disorder Act 1998 s.29(1)(b)', 5),
 ('RA_WOUNDING', 'Racially or religiously aggravated malicious wounding or grievous bodily harm', 'VIOLENCE_AGAINST_THE_PERSON', TRUE, FALSE, 'Crime and Disorder Act 1998 s.29(1)(a)', 6),
 ('RA_HARASSMENT', 'Racially or religiously aggravated harassment', 'STALKING_HARASSMENT', TRUE, FALSE, 'Crime and Disorder Act 1998 s.32(1)(a)', 7),
 ('RA_STALKING', 'Racially or religiously aggravated stalking', 'STALKING_HARASSMENT', TRUE, FALSE, 'Crime and Disorder Act 1998 s.32(1)(a)', 8),
 ('RA_CRIMINAL_DAMAGE', 'Racially or religiously aggravated criminal damage', 'CRIMINAL_DAMAGE_ARSON', TRUE, FALSE, 'Crime and Disorder Act 1998 s.30', 9),
 ('FEAR_PROVOCATION', 'Fear or provocation of violence', 'PUBLIC_ORDER', FALSE, TRUE, 'Public Order Act 1986 s.4', 20),
 ('HAD', 'Harassment, alarm or distress', 'PUBLIC_ORDER', FALSE, TRUE, 'Public Order Act 1986 s.5', 21),
 ('STIRRING_RACIAL_HATRED', 'Stirring up racial hatred', 'PUBLIC_ORDER', FALSE, FALSE, 'Public Order Act 1986 Part 3', 22),
 ('STIRRING_RELIGION_SO_HATRED', 'Stirring up hatred on grounds of religion or sexual orientation', 'PUBLIC_ORDER', FALSE, FALSE, 'Public Order Act 1986 Part 3A', 23),
 ('COMMON_ASSAULT', 'Common assault and battery', 'VIOLENCE_AGAINST_THE_PERSON', FALSE, TRUE, 'Criminal Justice Act 1988 s.39', 24),
 ('ABH', 'Assault occasioning actual bodily harm', 'VIOLENCE_AGAINST_THE_PERSON', FALSE, TRUE, 'Offences Against the Person Act 1861 s.47', 25),
 ('GBH', 'Wounding or inflicting grievous bodily harm', 'VIOLENCE_AGAINST_THE_PERSON', FALSE, TRUE, 'Offences Against the Person Act 1861 s.20', 26),
 ('THREATS_TO_KILL', 'Threats to kill', 'VIOLENCE_AGAINST_THE_PERSON', FALSE, TRUE, 'Offences Against the Person Act 1861 s.16', 27),
 ('HARASSMENT', 'Harassment', 'STALKING_HARASSMENT', FALSE, TRUE, 'Protection from Harassment Act 1997 s.2', 28),
 ('MALICIOUS_COMMUNICATIONS', 'Sending a threatening or grossly offensive communication', 'STALKING_HARASSMENT', FALSE, TRUE, 'Malicious Communications Act 1988 s.1', 29),
 ('CRIMINAL_DAMAGE', 'Criminal damage', 'CRIMINAL_DAMAGE_ARSON', FALSE, TRUE, 'Criminal Damage Act 1971 s.1(1)', 30),
 ('ARSON', 'Arson', 'CRIMINAL_DAMAGE_ARSON', FALSE, TRUE, 'Criminal Damage Act 1971 s.1(3)', 31),
 ('THEFT', 'Theft', 'THEFT', FALSE, TRUE, 'Theft Act 1968 s.1', 32),
 ('ROBBERY', 'Robbery', 'THEFT', FALSE, TRUE, 'Theft Act 1968 s.8', 33),
 ('SEXUAL_ASSAULT', 'Sexual assault', 'SEXUAL', FALSE, TRUE, 'Sexual Offences Act 2003 s.3', 34),
 ('IMPROPER_COMMUNICATIONS', 'Improper use of a public electronic communications network', 'OTHER', FALSE, TRUE, 'Communications Act 2003 s.127', 35);

-- The Home Office crime outcomes framework, as data: a force can add or retire codes without a release.
CREATE TABLE outcome_type (
    code       INT PRIMARY KEY CHECK (code BETWEEN 1 AND 99),
    name       TEXT NOT NULL,
    positive   BOOLEAN NOT NULL DEFAULT FALSE,
    -- the victim does not support, or withdraws support for, action (the Met trial's "withdrawal")
    withdrawal BOOLEAN NOT NULL DEFAULT FALSE,
    active     BOOLEAN NOT NULL DEFAULT TRUE
);
INSERT INTO outcome_type (code, name, positive, withdrawal) VALUES
 (1, 'Charge or summons', TRUE, FALSE),
 (2, 'Youth caution', TRUE, FALSE),
 (3, 'Adult caution', TRUE, FALSE),
 (4, 'Taken into consideration', TRUE, FALSE),
 (5, 'The offender has died', TRUE, FALSE),
 (6, 'Penalty notice for disorder', TRUE, FALSE),
 (7, 'Cannabis or khat warning', FALSE, FALSE),
 (8, 'Community resolution', TRUE, FALSE),
 (9, 'Prosecution not in the public interest (CPS)', TRUE, FALSE),
 (10, 'Formal action not in the public interest (police)', TRUE, FALSE),
 (11, 'Prosecution prevented: suspect under age', FALSE, FALSE),
 (12, 'Prosecution prevented: suspect too ill', FALSE, FALSE),
 (13, 'Prosecution prevented: victim or key witness dead or too ill', FALSE, FALSE),
 (14, 'Evidential difficulties: suspect not identified, victim does not support action', FALSE, TRUE),
 (15, 'Evidential difficulties: suspect identified, victim supports action', FALSE, FALSE),
 (16, 'Evidential difficulties: suspect identified, victim does not support or withdraws support', FALSE, TRUE),
 (17, 'Prosecution time limit expired', FALSE, FALSE),
 (18, 'Investigation complete: no suspect identified', FALSE, FALSE),
 (20, 'Further action by another body or agency', FALSE, FALSE),
 (21, 'Further investigation not in the public interest', FALSE, FALSE),
 (22, 'Diversionary, educational or intervention activity', TRUE, FALSE),
 (23, 'Deferred prosecution for children', FALSE, FALSE);

ALTER TABLE hate_case
    ADD COLUMN classification TEXT CHECK (classification IN ('CRIME', 'NCHI', 'NO_RECORD')),
    ADD COLUMN offence_code TEXT REFERENCES offence (code),
    ADD COLUMN recording_reason TEXT CHECK (length(recording_reason) <= 5000),
    ADD COLUMN recorded_by TEXT,
    ADD COLUMN recorded_at TIMESTAMPTZ,
    ADD COLUMN review_status TEXT CHECK (review_status IN ('PENDING', 'APPROVED', 'RETURNED')),
    ADD COLUMN review_comment TEXT CHECK (length(review_comment) <= 5000),
    ADD COLUMN reviewed_by TEXT,
    ADD COLUMN reviewed_at TIMESTAMPTZ,
    -- Non-crime hate incidents code of practice (2023): the subject's personal data is kept only after a
    -- separate decision with a reason, and the subject is told unless that creates a safeguarding risk.
    ADD COLUMN nchi_keep_subject_data BOOLEAN,
    ADD COLUMN nchi_subject_data_reason TEXT CHECK (length(nchi_subject_data_reason) <= 5000),
    ADD COLUMN nchi_notify_subject BOOLEAN,
    ADD COLUMN nchi_no_notification_reason TEXT CHECK (length(nchi_no_notification_reason) <= 5000),
    ADD COLUMN withdrawn_at TIMESTAMPTZ,
    ADD COLUMN withdrawal_reason TEXT CHECK (length(withdrawal_reason) <= 5000),
    ADD COLUMN finalised_at TIMESTAMPTZ,
    ADD CONSTRAINT hate_case_crime_has_offence CHECK (classification IS DISTINCT FROM 'CRIME' OR offence_code IS NOT NULL),
    ADD CONSTRAINT hate_case_outcome_known FOREIGN KEY (outcome_code) REFERENCES outcome_type (code);

-- Only a recorded crime is finalised with a Home Office outcome; a closed incident or a "no record" needs none.
ALTER TABLE hate_case DROP CONSTRAINT hate_case_finalised_has_outcome;
ALTER TABLE hate_case ADD CONSTRAINT hate_case_finalised_has_outcome
    CHECK (status <> 'FINALISED' OR outcome_code IS NOT NULL);

CREATE INDEX hate_case_review_idx ON hate_case (review_status, recorded_at) WHERE review_status = 'PENDING';

CREATE TABLE case_flag (
    case_id UUID NOT NULL REFERENCES hate_case (id) ON DELETE CASCADE,
    flag    TEXT NOT NULL CHECK (flag IN ('ONLINE', 'REPEAT_VICTIM', 'PERSISTENTLY_TARGETED', 'VULNERABLE_OR_INTIMIDATED',
                                          'MATE_CRIME', 'DOMESTIC_ABUSE')),
    PRIMARY KEY (case_id, flag)
);

-- Key investigative decisions the victim must be told of (Victims' Code: within 1 working day with enhanced rights).
CREATE TABLE case_decision (
    id          BIGSERIAL PRIMARY KEY,
    case_id     UUID NOT NULL REFERENCES hate_case (id),
    type        TEXT NOT NULL CHECK (type IN ('ARREST', 'INTERVIEW', 'BAIL', 'RELEASED_UNDER_INVESTIGATION', 'NOT_INVESTIGATED',
                                              'NO_FURTHER_ACTION', 'CHARGE', 'OUT_OF_COURT_DISPOSAL')),
    decided_at  TIMESTAMPTZ NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    note        TEXT CHECK (length(note) <= 2000)
);
CREATE INDEX case_decision_case_idx ON case_decision (case_id, decided_at);

-- Existing demo and test cases past recording were recorded as crimes and approved.
UPDATE hate_case SET classification = 'CRIME', offence_code = 'RA_HAD', review_status = 'APPROVED',
                     recorded_at = received_at, recorded_by = 'migration', recording_reason = 'Recorded before recording decisions were kept'
WHERE status <> 'REPORTED';
