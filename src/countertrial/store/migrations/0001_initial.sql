-- 0001_initial: every concept of DESIGN.md. Each table keeps typed columns for querying and the
-- whole record as JSON in `data` (the source of truth when reading back).
CREATE TABLE proceedings (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    kind TEXT,
    place TEXT,
    t_start TEXT,
    t_end TEXT,
    data TEXT NOT NULL
);
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    format TEXT NOT NULL,
    kind TEXT,
    proceeding TEXT,
    session_date TEXT,
    size INTEGER,
    pages INTEGER,
    ingested_at TEXT,
    data TEXT NOT NULL
);
CREATE TABLE persons (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    died TEXT,
    data TEXT NOT NULL
);
CREATE TABLE places (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT,
    lat REAL,
    lon REAL,
    exists_from TEXT,
    exists_to TEXT,
    data TEXT NOT NULL
);
CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT,
    country TEXT,
    data TEXT NOT NULL
);
CREATE TABLE aliases (
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    alias TEXT NOT NULL,
    folded TEXT NOT NULL,
    PRIMARY KEY (entity_type, entity_id, alias)
);
CREATE INDEX aliases_folded ON aliases (folded);
CREATE TABLE turns (
    id TEXT PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    proceeding TEXT,
    speaker_label TEXT,
    person TEXT,
    session_date TEXT,
    page INTEGER,
    line_start INTEGER,
    line_end INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    text TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX turns_document ON turns (document, seq);
CREATE INDEX turns_person ON turns (person);
CREATE TABLE claims (
    id TEXT PRIMARY KEY,
    asserted_by TEXT,
    subject TEXT,
    act TEXT NOT NULL,
    polarity TEXT,
    modality TEXT,
    foreign_power TEXT,
    place TEXT,
    country TEXT,
    t_start TEXT,
    t_end TEXT,
    precision TEXT,
    proceeding TEXT,
    stated_on TEXT,
    document TEXT,
    turn TEXT,
    extractor TEXT NOT NULL,
    confidence REAL,
    data TEXT NOT NULL
);
CREATE INDEX claims_subject ON claims (subject, t_start);
CREATE INDEX claims_extractor ON claims (extractor);
CREATE INDEX claims_document ON claims (document);
CREATE TABLE facts (
    id TEXT PRIMARY KEY,
    subject TEXT,
    kind TEXT NOT NULL,
    place TEXT,
    country TEXT,
    t_start TEXT,
    t_end TEXT,
    precision TEXT,
    origin TEXT,
    data TEXT NOT NULL
);
CREATE INDEX facts_subject ON facts (subject, t_start);
CREATE TABLE findings (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    checker TEXT NOT NULL,
    severity TEXT,
    score REAL,
    stale INTEGER NOT NULL DEFAULT 0,
    created_at TEXT,
    data TEXT NOT NULL
);
CREATE INDEX findings_checker ON findings (checker);
CREATE TABLE finding_persons (
    finding TEXT NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
    person TEXT NOT NULL,
    PRIMARY KEY (finding, person)
);
CREATE INDEX finding_persons_person ON finding_persons (person);
CREATE TABLE verdicts (
    id TEXT PRIMARY KEY,
    finding TEXT NOT NULL REFERENCES findings (id),
    verdict TEXT NOT NULL CHECK (verdict IN ('confirmed', 'rejected', 'unsure')),
    by TEXT NOT NULL,
    reason TEXT,
    at TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX verdicts_finding ON verdicts (finding, at);
CREATE TABLE forecasts (
    id TEXT PRIMARY KEY,
    person TEXT NOT NULL,
    proceeding TEXT,
    act TEXT NOT NULL,
    foreign_power TEXT,
    probability REAL,
    model TEXT,
    cutoff TEXT,
    data TEXT NOT NULL
);
CREATE INDEX forecasts_person ON forecasts (person);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    stage TEXT NOT NULL,
    name TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    stats TEXT
);
