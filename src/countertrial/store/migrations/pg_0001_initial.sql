-- pg_0001_initial (PostgreSQL; recorded as 0001_initial, like 0001_initial.sql for SQLite).
-- The same tables and columns as the SQLite schema. Differences, each for a reason:
-- * text columns are COLLATE "C" so ORDER BY compares bytes, as SQLite does, whatever the
--   database's default collation: both backends list records in the same order;
-- * `data` (the whole record, the source of truth when reading back) is JSONB, so
--   Store.iter_values can project dotted fields on the server;
-- * REAL is DOUBLE PRECISION (SQLite's REAL is 8 bytes); runs.id is an identity column.
CREATE TABLE proceedings (
    id TEXT COLLATE "C" PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL DEFAULT '',
    kind TEXT COLLATE "C",
    place TEXT COLLATE "C",
    t_start TEXT COLLATE "C",
    t_end TEXT COLLATE "C",
    data JSONB NOT NULL
);
CREATE TABLE documents (
    id TEXT COLLATE "C" PRIMARY KEY,
    path TEXT COLLATE "C" NOT NULL,
    format TEXT COLLATE "C" NOT NULL,
    kind TEXT COLLATE "C",
    proceeding TEXT COLLATE "C",
    session_date TEXT COLLATE "C",
    size INTEGER,
    pages INTEGER,
    ingested_at TEXT COLLATE "C",
    data JSONB NOT NULL
);
CREATE TABLE persons (
    id TEXT COLLATE "C" PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL,
    died TEXT COLLATE "C",
    data JSONB NOT NULL
);
CREATE TABLE places (
    id TEXT COLLATE "C" PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL,
    country TEXT COLLATE "C",
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    exists_from TEXT COLLATE "C",
    exists_to TEXT COLLATE "C",
    data JSONB NOT NULL
);
CREATE TABLE organisations (
    id TEXT COLLATE "C" PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL,
    kind TEXT COLLATE "C",
    country TEXT COLLATE "C",
    data JSONB NOT NULL
);
CREATE TABLE aliases (
    entity_type TEXT COLLATE "C" NOT NULL,
    entity_id TEXT COLLATE "C" NOT NULL,
    alias TEXT COLLATE "C" NOT NULL,
    folded TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (entity_type, entity_id, alias)
);
CREATE INDEX aliases_folded ON aliases (folded);
CREATE TABLE turns (
    id TEXT COLLATE "C" PRIMARY KEY,
    document TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    proceeding TEXT COLLATE "C",
    speaker_label TEXT COLLATE "C",
    person TEXT COLLATE "C",
    session_date TEXT COLLATE "C",
    page INTEGER,
    line_start INTEGER,
    line_end INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    text TEXT COLLATE "C" NOT NULL,
    data JSONB NOT NULL
);
CREATE INDEX turns_document ON turns (document, seq);
CREATE INDEX turns_person ON turns (person);
CREATE TABLE claims (
    id TEXT COLLATE "C" PRIMARY KEY,
    asserted_by TEXT COLLATE "C",
    subject TEXT COLLATE "C",
    act TEXT COLLATE "C" NOT NULL,
    polarity TEXT COLLATE "C",
    modality TEXT COLLATE "C",
    foreign_power TEXT COLLATE "C",
    place TEXT COLLATE "C",
    country TEXT COLLATE "C",
    t_start TEXT COLLATE "C",
    t_end TEXT COLLATE "C",
    precision TEXT COLLATE "C",
    proceeding TEXT COLLATE "C",
    stated_on TEXT COLLATE "C",
    document TEXT COLLATE "C",
    turn TEXT COLLATE "C",
    extractor TEXT COLLATE "C" NOT NULL,
    confidence DOUBLE PRECISION,
    data JSONB NOT NULL
);
CREATE INDEX claims_subject ON claims (subject, t_start);
CREATE INDEX claims_extractor ON claims (extractor);
CREATE INDEX claims_document ON claims (document);
CREATE TABLE facts (
    id TEXT COLLATE "C" PRIMARY KEY,
    subject TEXT COLLATE "C",
    kind TEXT COLLATE "C" NOT NULL,
    place TEXT COLLATE "C",
    country TEXT COLLATE "C",
    t_start TEXT COLLATE "C",
    t_end TEXT COLLATE "C",
    precision TEXT COLLATE "C",
    origin TEXT COLLATE "C",
    data JSONB NOT NULL
);
CREATE INDEX facts_subject ON facts (subject, t_start);
CREATE TABLE findings (
    id TEXT COLLATE "C" PRIMARY KEY,
    kind TEXT COLLATE "C" NOT NULL,
    checker TEXT COLLATE "C" NOT NULL,
    severity TEXT COLLATE "C",
    score DOUBLE PRECISION,
    stale INTEGER NOT NULL DEFAULT 0,
    created_at TEXT COLLATE "C",
    data JSONB NOT NULL
);
CREATE INDEX findings_checker ON findings (checker);
CREATE TABLE finding_persons (
    finding TEXT COLLATE "C" NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
    person TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (finding, person)
);
CREATE INDEX finding_persons_person ON finding_persons (person);
CREATE TABLE verdicts (
    id TEXT COLLATE "C" PRIMARY KEY,
    finding TEXT COLLATE "C" NOT NULL REFERENCES findings (id),
    verdict TEXT COLLATE "C" NOT NULL CHECK (verdict IN ('confirmed', 'rejected', 'unsure')),
    by TEXT COLLATE "C" NOT NULL,
    reason TEXT COLLATE "C",
    at TEXT COLLATE "C" NOT NULL,
    data JSONB NOT NULL
);
CREATE INDEX verdicts_finding ON verdicts (finding, at);
CREATE TABLE forecasts (
    id TEXT COLLATE "C" PRIMARY KEY,
    person TEXT COLLATE "C" NOT NULL,
    proceeding TEXT COLLATE "C",
    act TEXT COLLATE "C" NOT NULL,
    foreign_power TEXT COLLATE "C",
    probability DOUBLE PRECISION,
    model TEXT COLLATE "C",
    cutoff TEXT COLLATE "C",
    data JSONB NOT NULL
);
CREATE INDEX forecasts_person ON forecasts (person);
CREATE TABLE runs (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stage TEXT COLLATE "C" NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    started_at TEXT COLLATE "C" NOT NULL,
    finished_at TEXT COLLATE "C",
    stats JSONB
);
