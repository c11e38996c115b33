"""The case file: ``case.yaml``, a folder's description of one investigation.

A person can write it by hand (``countertrial init DIR`` writes a commented skeleton). It names the
proceedings, the roster (people and their aliases), the documentary record files and the
documents with their formats. Paths are relative to the case folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .dates import InvalidDate, parse_interval
from .errors import InvalidCase, UsageError
from .model import Person, Proceeding
from .store import STORE_FILE, Store

__all__ = ["CASE_FILE", "CaseConfig", "DocumentSpec", "load_case", "init_case", "sync_case", "SKELETON"]

CASE_FILE = "case.yaml"


class _Loader(yaml.SafeLoader):
    """Safe YAML without implicit timestamps: dates stay strings so that our own validation
    (partial dates, impossible days) names the entry."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def safe_yaml(text: str) -> Any:
    """Parse YAML safely, keeping dates as strings."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from SafeLoader

SKELETON = """\
# countertrial case file. Paths are relative to this folder.
# Run `countertrial status` to see what is ingested, extracted and checked.

name: {name}
description: >-
  What this investigation is about, in one or two sentences.

# Proceedings: trials, hearings, secret examinations, commission sessions.
# kind: public_trial | secret_trial | examination | hearing | commission
proceedings: []
#  - id: trial_1938
#    name: Trial of the Bloc of Rights and Trotskyites
#    place: Moscow
#    start: 1938-03-02
#    end: 1938-03-13
#    kind: public_trial

# Roster: the people, with every spelling and transliteration they appear under.
roster: []
#  - id: pyatakov
#    name: Georgy Pyatakov
#    aliases: [Piatakov, Y. L. Pyatakov]

# Documentary record files (JSON, YAML or CSV in the record shape; see docs/record-format.md).
record: []
#  - record/facts.json

# Source documents. `format` is optional (sniffed when absent); `path` may be a glob.
documents: []
#  - path: transcripts/1938-03-02-morning.txt
#    format: colon
#    proceeding: trial_1938

# Extra vocabulary files (acts, foreign powers, stance cues) for this case: `build` and
# `extract` add them to the built-in ones (see docs/extraction.md for the YAML shape).
vocab: []

# The claim extractor `build` and `extract` use: rules (fast, the default), hybrid (rules plus a
# statistical parse of the sentences the rules found nothing in; needs countertrial[parse]; ~10x
# slower) or llm (needs COUNTERTRIAL_LLM_URL).
# extractor: rules
"""


@dataclass(frozen=True)
class DocumentSpec:
    """One ``documents`` entry: a path or glob, an optional format and proceeding."""

    path: str
    format: str | None = None
    proceeding: str | None = None
    kind: str | None = None
    author: str | None = None


@dataclass(frozen=True)
class CaseConfig:
    """A loaded, validated case file."""

    root: Path
    name: str
    description: str = ""
    proceedings: tuple[Proceeding, ...] = ()
    roster: tuple[Person, ...] = ()
    record: tuple[Path, ...] = ()
    documents: tuple[DocumentSpec, ...] = ()
    vocab: tuple[Path, ...] = ()
    extractor: str = "rules"
    extra: dict[str, Any] = field(default_factory=dict)

    def document_paths(self) -> list[tuple[DocumentSpec, list[Path]]]:
        """Each document entry with the files its path or glob names (sorted)."""
        out: list[tuple[DocumentSpec, list[Path]]] = []
        for spec in self.documents:
            if any(c in spec.path for c in "*?["):
                files = sorted(p for p in self.root.glob(spec.path) if p.is_file())
            else:
                files = [self.root / spec.path]
            out.append((spec, files))
        return out


def _list(data: dict[str, Any], key: str, file: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise InvalidCase(f"{file}: '{key}' is a {type(value).__name__}, expected a list")
    return value


def load_case(root: str | Path) -> CaseConfig:
    """Read and validate ``DIR/case.yaml``; errors name the file, the entry and the key."""
    folder = Path(root)
    path = folder / CASE_FILE if folder.is_dir() or not folder.suffix else folder
    folder = path.parent
    file = str(path)
    if not path.is_file():
        raise InvalidCase(f"{file} does not exist", hint=f"create a case with: countertrial init {folder}")
    try:
        data = safe_yaml(path.read_text("utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise InvalidCase(f"{file}{where}: not valid YAML ({getattr(exc, 'problem', None) or exc})") from None
    if not isinstance(data, dict):
        raise InvalidCase(f"{file}: expected a mapping with keys name, proceedings, roster, record, documents")
    proceedings = []
    for i, item in enumerate(_list(data, "proceedings", file)):
        if not isinstance(item, dict) or not item.get("id"):
            raise InvalidCase(f"{file}: proceedings[{i}] needs an 'id'")
        try:
            time = parse_interval(_s(item.get("start")), _s(item.get("end")))
        except InvalidDate as exc:
            raise InvalidCase(f"{file}: proceedings[{i}] ({item['id']}): {exc}") from None
        proceedings.append(Proceeding(id=str(item["id"]), name=str(item.get("name") or item["id"]),
                                      place=item.get("place"), kind=str(item.get("kind") or "public_trial"),
                                      time=time, sources=tuple(item.get("sources") or ())))
    roster = []
    for i, item in enumerate(_list(data, "roster", file)):
        if not isinstance(item, dict) or not item.get("id") or not item.get("name"):
            raise InvalidCase(f"{file}: roster[{i}] needs an 'id' and a 'name'")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list):
            raise InvalidCase(f"{file}: roster[{i}] ({item['id']}): 'aliases' must be a list")
        roster.append(Person(id=str(item["id"]), name=str(item["name"]), aliases=tuple(str(a) for a in aliases),
                             died=_s(item.get("died")), notes=item.get("notes"),
                             extra={k: v for k, v in item.items() if k not in ("id", "name", "aliases", "died", "notes")}))
    documents = []
    for i, item in enumerate(_list(data, "documents", file)):
        if isinstance(item, str):
            item = {"path": item}
        if not isinstance(item, dict) or not item.get("path"):
            raise InvalidCase(f"{file}: documents[{i}] needs a 'path'")
        documents.append(DocumentSpec(path=str(item["path"]), format=item.get("format"),
                                      proceeding=item.get("proceeding"), kind=item.get("kind"),
                                      author=item.get("author")))
    return CaseConfig(
        root=folder, name=str(data.get("name") or folder.name), description=str(data.get("description") or ""),
        proceedings=tuple(proceedings), roster=tuple(roster),
        record=tuple(folder / str(p) for p in _list(data, "record", file)), documents=tuple(documents),
        vocab=tuple(folder / str(p) for p in _list(data, "vocab", file)),
        extractor=_extractor(data.get("extractor"), file),
        extra={k: v for k, v in data.items()
               if k not in ("name", "description", "proceedings", "roster", "record", "documents", "vocab",
                            "extractor")})


def _extractor(value: Any, file: str) -> str:
    """The case's ``extractor:`` (default ``rules``), checked against the registered extractors."""
    if value is None:
        return "rules"
    from .errors import NotFound
    from .registry import extractors

    name = str(value).strip()
    try:
        extractors.resolve(name)
    except NotFound:
        raise InvalidCase(f"{file}: 'extractor' is {name!r}, not a registered extractor",
                          hint="use rules, hybrid or llm; `countertrial plugins` lists them") from None
    return name


def _s(value: Any) -> str | None:
    return None if value is None else str(value)


def init_case(root: str | Path, name: str | None = None) -> Path:
    """Create a case folder with a commented ``case.yaml`` skeleton; refuses to overwrite one."""
    folder = Path(root)
    path = folder / CASE_FILE
    if path.exists():
        raise UsageError(f"{path} already exists", hint="edit it, or choose another folder")
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(SKELETON.format(name=name or folder.resolve().name), "utf-8")
    return path


def sync_case(store: Store, case: CaseConfig) -> dict[str, int]:
    """Write the case file's proceedings and roster (with aliases) into the store, then import its
    record files (a bad row is left out and counted in ``record_rows_left_out``). Idempotent."""
    from .record import import_record

    with store.transaction():
        store.put(case.proceedings)
        existing = {p.id: p for p in store.iter(Person, id=[p.id for p in case.roster])}
        people = []
        for p in case.roster:
            old = existing.get(p.id)
            if old is not None:
                p = old.replace(aliases=tuple(dict.fromkeys((*old.aliases, *p.aliases))))
            people.append(p)
            store.set_aliases("person", p.id, [p.id, p.name, *p.aliases])
        store.put(people)
    written = skipped = 0
    for record in case.record:
        report = import_record(store, record)
        written += report.written
        skipped += len(report.skipped)
    return {"proceedings": len(case.proceedings), "roster": len(case.roster), "record_rows": written,
            "record_rows_left_out": skipped}


def store_path(root: str | Path) -> Path:
    return Path(root) / STORE_FILE
