"""Who says a figure: speakers of claims in a text and of quoted records (our own sentences)."""

from factcheck.attribution import (
    NOBODY,
    DocumentSpeakers,
    Speaker,
    fold,
    record_speaker,
    shares_wording,
)

ARTICLE = (
    "Ankara, 4 May — Pavel Somov, Russia's ambassador in Ankara, spoke at a business forum.\n\n"
    '"Our turnover climbed to $40 billion last year," Somov said.\n\n'
    "He went on:\n\n"
    '"This year we expect 30 billion cubic metres of gas to flow."\n\n'
    "Customs data show exports of $9 billion in the first quarter.\n\n"
    "According to the Turkish trade minister, imports reached $31 billion.\n\n"
    "Erdogan said during the meeting with Russian President Vladimir Putin that trade hit"
    " $50 billion."
)


def speaker_at(text: str, figure: str) -> Speaker:
    start = text.index(figure)
    return DocumentSpeakers(text).speaker(start, start + len(figure))


def test_fold_transliterates_cyrillic_and_drops_turkish_marks():
    assert fold("Буравов") == "buravov"
    assert fold("Çavuşoğlu") == "cavusoglu"
    assert fold("Russia’s") == "russia's"


def test_a_quotation_closed_by_a_named_speaker_takes_his_office_from_the_text():
    said = speaker_at(ARTICLE, "$40 billion")
    assert said.names == {"somov"}
    assert "RUS ambassador" in said.offices  # "Pavel Somov, Russia's ambassador in Ankara"


def test_a_quoted_paragraph_after_he_went_on_belongs_to_the_last_named_speaker():
    said = speaker_at(ARTICLE, "30 billion cubic metres")
    assert "somov" in said.names


def test_a_journalists_own_sentence_has_no_speaker():
    assert speaker_at(ARTICLE, "$9 billion") == NOBODY


def test_according_to_an_office():
    said = speaker_at(ARTICLE, "$31 billion")
    assert said.offices == {"TUR trade minister"}


def test_an_office_named_later_in_the_sentence_is_not_the_speakers():
    said = speaker_at(ARTICLE, "$50 billion")
    assert said.names == {"erdogan"}
    assert "RUS president" not in said.offices


def test_a_record_is_known_by_its_note_its_heading_and_its_quote():
    quote = "Соколов заявил, что товарооборот вырос до 12 миллиардов долларов."
    found = record_speaker("Новости дня", quote, "stated by the Russian ambassador; raw unit: USD")
    assert found.names >= {"sokolov"}
    assert found.offices == {"RUS ambassador"}
    headed = record_speaker("Miller: exports to Turkey rose", "Exports rose to 20 bcm.", "")
    assert headed.names == {"miller"}


def test_the_same_speaker_shares_a_name_or_an_office_with_its_country():
    consul = Speaker(frozenset({"petrov"}), frozenset({"RUS consul general"}))
    assert consul.same_as(Speaker(frozenset({"petrov"}), frozenset()))
    assert consul.same_as(Speaker(frozenset(), frozenset({"RUS consul general"})))
    assert not consul.same_as(Speaker(frozenset(), frozenset({"TUR consul general"})))
    assert not consul.same_as(NOBODY)


def test_shared_wording_needs_eight_words_in_a_row():
    passage = "Officials said that the volume of mutual trade rose to $12 billion in the spring."
    assert shares_wording("the volume of mutual trade rose to $12 billion, he added", passage)
    assert not shares_wording("mutual trade rose to $12 billion", passage)
