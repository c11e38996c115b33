"""Round 10, persons and subjects: who the subject of a claim is on the trials of the r10 dev items
(Tiso, Horáková, Gillars, Chun and Roh, the Agrava board ...). The sentences here are our own, of
other trials; each test failed before the rule it names."""

from countertrial.extract import extract_text


def _subjects(text: str, stated_on: str = "1990-01-01") -> set[str | None]:
    return {c.subject for c in extract_text(text, stated_on=stated_on)}


def _claims(text: str, stated_on: str = "1990-01-01") -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on=stated_on)}


def test_a_list_member_after_a_label_and_a_comma_is_a_subject_too() -> None:
    """"Chun and his successor, Roh Tae-woo, ...": the label (with or without a comma, after a
    possessive or "the") stands between "and" and the name; the name before "and" is listed too."""
    assert _subjects("The court convicted Rosenberg and his brother-in-law, Greenglass, of espionage for the "
                     "Soviet Union.") == {"rosenberg", "greenglass"}
    assert _subjects("In 1936 Holtzman and the accused Smirnov met in Berlin.") == {"holtzman", "smirnov"}
    assert _subjects("The court convicted Kovacs, his wife Ilona, and Szabo of spying for Britain.") \
        == {"kovacs", "ilona", "szabo"}
    # a label after the object, not in the subject's list, adds no one
    assert _subjects("Petrov met Sedov and his wife, Natalia, in Paris.") == {"petrov"}


def test_an_alias_between_list_members_is_skipped() -> None:
    """"Michele Greco, known as the Pope, and the fugitives Riina and Provenzano were sentenced": the
    alias ("known as ...") closes before the ", and" of the list."""
    assert _subjects("Joaquin Guzman, known as El Chapo, and the brothers Ortiz and Ruiz were convicted of the "
                     "murders of 1994.") == {"guzman", "ortiz", "ruiz"}


def test_names_after_a_label_of_the_first_name_are_listed_with_it() -> None:
    """"sentenced Saddam Hussein, his half-brother Barzan al-Tikriti and Awad al-Bandar, ... to hang
    for the killing": "his" is the first person's, so the name after "his half-brother" is another
    person, and the list goes on; "al-" joins a name and is dropped from the id."""
    assert _subjects("The tribunal sentenced Ali Hassan, his cousin Hamid al-Majid and Tariq el-Masri, once "
                     "governor of the province, to death for the killing of the villagers.") \
        == {"hassan", "majid", "masri"}
    assert _subjects("Rajk, his old friend, met Rankovic in 1948.") == {"rajk"}


def test_a_person_seen_doing_an_act_after_an_emphatic_pronoun() -> None:
    """"I saw Barzan al-Tikriti himself kick the prisoners": a sight of an act, whose subject is the
    one seen, not a meeting of the witness."""
    assert _subjects("WITNESS: In the yard I saw Hamid Majid himself kick the prisoners.") == {"majid"}
    assert _subjects("WITNESS: In the yard I saw Hamid al-Majid himself kick the prisoners.") == {"majid"}
