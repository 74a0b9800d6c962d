"""Scoring logic on hand-built texts, annotations and extractions (no NLP involved)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tracker.attribution.model import (
    Attribution,
    AttributionType,
    Extraction,
    Mention,
    Source,
    SourceKind,
    Span,
)
from tracker.evaluate import (
    GoldArticle,
    GoldAttribution,
    align,
    errors,
    exact_match,
    format_report,
    load_polnear,
    load_project_gold,
    normalize,
    overlap_match,
    read_brat,
    read_text,
    report_as_dict,
    score,
)
from tracker.evaluate.matching import match

REPO = Path(__file__).parents[1]
GOLD_DIR = REPO / "corpus" / "gold"
SHARED_EVAL = REPO.parent / "shared" / "eval"


def at(text: str, piece: str, nth: int = 0) -> Span:
    """Span of the nth occurrence of piece in text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return Span(start, start + len(piece))


def attribution(
    i: int,
    content: list[Span],
    cue: Span | None = None,
    speaker: Span | None = None,
    source_id: int | None = None,
    rule: str = "test",
    text: str = "",
) -> Attribution:
    mention = Mention(speaker, speaker.text(text), "name") if speaker else None
    return Attribution(i, AttributionType.DIRECT, content, cue, mention, source_id, None, rule)


# --- brat ----------------------------------------------------------------------------------

BRAT_TEXT = '"We will win," she said. "Tomorrow." Aides said it was over.\nIt is said x.'
BRAT_ANN = (
    'T1\tContent 0 14;25 36\t"We will win," "Tomorrow."\n'
    "T2\tSource 15 18\tshe\n"
    "T3\tCue 19 23\tsaid\n"
    "T4\tAttribution 19 23\tsaid\n"
    "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n"
    "T5\tSource 37 42\tAides\n"
    "T6\tCue 43 47\tsaid\n"
    "T7\tContent 48 59\tit was\n"
    "over\n"
    "T8\tAttribution 43 47\tsaid\n"
    "E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7\n"
    "T9\tCue 67 71\tsaid\n"
    "T10\tContent 72 73\tx\n"
    "T11\tAttribution-no-source 67 71\tsaid\n"
    "E3\tAttribution-no-source:T11 Content:T10 Cue:T9\n"
    'T12\tContent 0 2\t"W\n'
    "T13\tAttribution 19 23\tsaid\n"
    "E4\tAttribution:T13 Source:T2\n"
    "#1\tAnnotatorNotes T1\tnote\n"
)


def test_read_brat_discontinuous_continuation_and_implicit():
    gold = read_brat(BRAT_ANN, BRAT_TEXT)
    assert [g.relation for g in gold] == ["E1", "E2", "E3"]  # E4 has no Content: skipped
    first, second, third = gold
    assert [s.text(BRAT_TEXT) for s in first.content] == ['"We will win,"', '"Tomorrow."']
    assert [s.text(BRAT_TEXT) for s in first.source] == ["she"]
    assert [s.text(BRAT_TEXT) for s in first.cue] == ["said"]
    assert first.source_tid == "T2"
    # the surface text ran onto a second line; the entry after it still parses
    assert second.content == [Span(48, 59)] and second.source == [Span(37, 42)]
    assert third.source == [] and third.source_tid == ""
    assert [s.text(BRAT_TEXT) for s in third.cue] == ["said"]


def test_read_brat_content_parts_and_cue_fallback():
    text = "Part one. He said. Part two."
    ann = (
        "T1\tContent 0 8\tPart one\n"
        "T2\tAttribution 13 17\tsaid\n"
        "T3\tContent 19 27\tPart two\n"
        "T4\tSource 10 12\tHe\n"
        "E1\tAttribution:T2 Source:T4 Content:T1 Content2:T3\n"
    )
    (g,) = read_brat(ann, text)
    assert g.content == [Span(0, 8), Span(19, 27)]
    assert g.cue == [Span(13, 17)]  # no Cue role: the trigger carries the cue span


def test_read_brat_discontinuous_cue():
    text = "He did not, of course, say it."
    ann = "T1\tCue 3 10;23 26\tdid not say\nT2\tContent 27 29\tit\nE1\tCue:T1 Content:T2\n"
    (g,) = read_brat(ann, text)
    assert g.cue == [Span(3, 10), Span(23, 26)]


# --- matching ------------------------------------------------------------------------------


def test_exact_ignores_surrounding_quotes_commas_and_space():
    text = '"Hello, world," she said.'
    gold = normalize([at(text, '"Hello, world,"')], text)
    pred = normalize([at(text, "Hello, world")], text)
    assert exact_match(gold, pred)
    assert not exact_match(gold, normalize([at(text, "Hello")], text))


def test_exact_compares_sets_of_pieces():
    text = '"One," he said. "Two."'
    gold = normalize([at(text, '"Two."'), at(text, '"One,"')], text)
    assert exact_match(gold, normalize([at(text, "One"), at(text, "Two")], text))
    assert not exact_match(gold, normalize([at(text, "One")], text))


def test_overlap_needs_half_of_the_shorter_span():
    text = "0123456789abcdefghij"
    ten = normalize([Span(0, 10)], text)
    assert overlap_match(ten, normalize([Span(5, 15)], text))  # 5 of 10 shared
    assert not overlap_match(ten, normalize([Span(6, 20)], text))  # 4 of 10
    assert overlap_match(ten, normalize([Span(2, 4)], text))  # nested
    assert not overlap_match(ten, normalize([Span(10, 20)], text))  # adjacent


def test_matching_is_one_to_one_and_maximal():
    text = "a" * 40
    golds = [normalize([Span(0, 10)], text), normalize([Span(10, 20)], text)]
    wide = normalize([Span(0, 20)], text)
    assert len(match(golds, [wide], overlap_match)) == 1
    # greedy by overlap would give the wide prediction to gold 0 and leave gold 1 alone
    narrow = normalize([Span(2, 6)], text)
    pairs = match(golds, [wide, narrow], overlap_match)
    assert pairs == {0: 1, 1: 0}


# --- scores --------------------------------------------------------------------------------

TEXT = (
    '"We are ready," said one senior official. '  # A: quoted, anonymous
    "Macron said the talks would go on. "  # B: paraphrase, named
    'The report says "costs rose." '  # C: quoted, document, missed
    "Weather was fine."
)


def gold_article() -> GoldArticle:
    t = TEXT
    return GoldArticle(
        "tiny",
        t,
        [
            GoldAttribution(
                [at(t, '"We are ready,"')],
                [at(t, "said")],
                [at(t, "one senior official")],
                "anonymous_individual",
                True,
            ),
            GoldAttribution(
                [at(t, "the talks would go on")],
                [at(t, "said", 1)],
                [at(t, "Macron")],
                "named_person",
                False,
            ),
            GoldAttribution(
                [at(t, '"costs rose."')], [at(t, "says")], [at(t, "The report")], "document", False
            ),
        ],
    )


def extraction() -> Extraction:
    t = TEXT
    sources = [
        Source(1, "one senior official", SourceKind.ANONYMOUS_INDIVIDUAL, True),
        Source(2, "Macron", SourceKind.ANONYMOUS_INDIVIDUAL, True),  # wrong kind and flag
    ]
    attributions = [
        # A: exact content (without quotes), right cue and speaker
        attribution(1, [at(t, "We are ready")], at(t, "said"), at(t, "senior official"), 1, "q", t),
        # B: content overlaps but is longer; cue right; speaker wrong
        attribution(
            2, [at(t, "the talks would go on. The")], at(t, "said", 1), at(t, "talks"), 2, "rv", t
        ),
        # spurious: no source at all
        attribution(3, [at(t, "Weather was fine")], None, None, None, "rv", t),
    ]
    return Extraction(attributions=attributions, sources=sources)


def test_each_metric_on_a_tiny_example():
    report = score([(gold_article(), extraction())])
    assert (report.documents, report.gold_attributions, report.predicted_attributions) == (1, 3, 3)
    content, cue, source = (report.spans[e] for e in ("content", "cue", "source"))
    # content: A exact; B only overlaps; C missed; "Weather" spurious
    assert (content["exact"].matched, content["exact"].predicted, content["exact"].gold) == (
        1,
        3,
        3,
    )
    assert content["overlap"].matched == 2
    assert content["overlap"].precision == pytest.approx(2 / 3)
    # cues: two predicted ("said" x2), three gold, both exact
    assert (cue["exact"].matched, cue["exact"].predicted, cue["exact"].gold) == (2, 2, 3)
    assert cue["exact"].f1 == pytest.approx(2 * 1 * (2 / 3) / (1 + 2 / 3))
    # sources: "senior official" inside "one senior official" overlaps; "talks" matches nothing
    assert (source["exact"].matched, source["overlap"].matched) == (0, 1)
    assert (source["overlap"].predicted, source["overlap"].gold) == (2, 3)
    # attributions: A and B paired by content overlap
    assert (report.attributions.matched, report.attributions.recall) == (2, pytest.approx(2 / 3))
    assert (report.speaker.correct, report.speaker.total) == (1, 2)
    assert (report.source_kind.correct, report.source_kind.total) == (1, 2)
    assert report.kind_confusion[("named_person", "anonymous_individual")] == 1
    # anonymous flag on A (gold yes, pred yes) and B (gold no, pred yes)
    anon = report.anonymous
    assert (anon.matched, anon.predicted, anon.gold) == (1, 2, 1)
    assert (anon.precision, anon.recall) == (0.5, 1.0)
    assert report.recall_by_gold_type["quoted"].total == 2
    assert report.recall_by_gold_type["quoted"].correct == 1
    assert (report.precision_by_rule["rv"].correct, report.precision_by_rule["rv"].total) == (1, 2)


def test_unresolved_prediction_counts_as_not_anonymous_and_wrong_kind():
    gold = gold_article()
    t = gold.text
    ext = Extraction(attributions=[attribution(1, [at(t, "We are ready")], text=t)])
    report = score([(gold, ext)])
    assert (report.anonymous.matched, report.anonymous.predicted, report.anonymous.gold) == (
        0,
        0,
        1,
    )
    assert (report.source_kind.correct, report.source_kind.total) == (0, 1)
    assert report.kind_confusion[("anonymous_individual", "none")] == 1
    assert (report.speaker.correct, report.speaker.total) == (0, 1)


def test_pronoun_and_implicit_gold_are_excluded_where_unknowable():
    text = "He said it rained. It is said that it snowed."
    gold = GoldArticle(
        "p",
        text,
        [
            GoldAttribution(
                [at(text, "it rained")], [at(text, "said")], [at(text, "He")], "pronoun", None
            ),
            GoldAttribution([at(text, "that it snowed")], [at(text, "said", 1)], [], None, None),
        ],
    )
    ext = Extraction(
        attributions=[
            attribution(1, [at(text, "it rained")], speaker=at(text, "He"), text=text),
            attribution(2, [at(text, "it snowed")], text=text),
        ]
    )
    report = score([(gold, ext)])
    assert report.attributions.matched == 2
    assert (report.speaker.correct, report.speaker.total) == (1, 1)
    assert report.source_kind.total == 0 and report.anonymous.gold == 0


def test_shared_sources_count_once_in_span_scores():
    text = "Smith said a and said b."
    src = [at(text, "Smith")]
    gold = GoldArticle(
        "s",
        text,
        [
            GoldAttribution([at(text, "a")], [at(text, "said")], src, "named_person", False),
            GoldAttribution([at(text, "b")], [at(text, "said", 1)], src, "named_person", False),
        ],
    )
    report = score([(gold, Extraction())])
    assert report.spans["source"]["exact"].gold == 1
    assert report.spans["cue"]["exact"].gold == 2


def test_micro_average_over_documents():
    report = score([(gold_article(), extraction()), (gold_article(), Extraction())])
    assert report.documents == 2
    assert (report.attributions.matched, report.attributions.gold) == (2, 6)


def test_errors_lists_missed_spurious_and_wrong_parts():
    rows = list(errors([(gold_article(), extraction())]))
    kinds = [r["error"] for r in rows]
    assert sorted(kinds) == ["anonymous", "kind", "missed", "speaker", "spurious"]
    assert len({tuple(r) for r in rows}) == 1  # the same keys on every row
    missed = next(r for r in rows if r["error"] == "missed")
    assert missed["gold_content"] == '"costs rose."' and missed["gold_source"] == "The report"
    spurious = next(r for r in rows if r["error"] == "spurious")
    assert (spurious["content"], spurious["rule"], spurious["article"]) == (
        "Weather was fine",
        "rv",
        "tiny",
    )
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)


def test_align_pairs_by_content():
    al = align(gold_article(), extraction())
    assert [a.id for _, a in al.pairs] == [1, 2]
    assert [a.id for a in al.spurious] == [3] and len(al.missed) == 1


def test_report_formats():
    report = score([(gold_article(), extraction())])
    table = format_report(report)
    assert "content" in table and "exact" in table and "overlap" in table
    assert "50% of the shorter" in table and "trimming whitespace" in table
    data = report_as_dict(report)
    assert json.loads(json.dumps(data)) == data
    assert data["spans"]["content"]["exact"]["matched"] == 1
    assert data["kind_confusion"]["named_person"]["anonymous_individual"] == 1
    assert score([]).attributions.f1 == 0.0  # empty input: no division by zero
    assert "anonymous flag " in table and "source-kind accuracy" in table
    unlabelled = format_report(score([]))
    assert "anonymous flag, kinds  n/a" in unlabelled
    assert "source-kind accuracy" not in unlabelled


# --- loaders -------------------------------------------------------------------------------


def write(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(content)


def test_load_polnear_first_annotator_kinds_and_raw_newlines(tmp_path):
    text = "Intro.\r\nBob said yes."  # \r\n must not be translated: offsets count it
    write(tmp_path / "text" / "b.txt", text)
    write(tmp_path / "text" / "a.txt", "Ann said no.")
    write(tmp_path / "text" / "unannotated.txt", "Nothing here.")
    bob = (
        "T1\tSource 8 11\tBob\nT2\tCue 12 16\tsaid\nT3\tContent 17 20\tyes\n"
        "E1\tCue:T2 Source:T1 Content:T3\n"
    )
    write(tmp_path / "attributions" / "b_zz99.ann", "T1\tContent 0 5\tIntro\nE1\tContent:T1\n")
    write(tmp_path / "attributions" / "b_aa11.ann", bob)
    write(tmp_path / "attributions" / "a_x.ann", "T1\tContent 9 11\tno\nE1\tContent:T1\n")
    kinds = tmp_path / "kinds.jsonl"
    row = {"ann": "b_aa11.ann", "tid": "T1", "kind": "named_person", "anonymous": False}
    write(kinds, json.dumps(row) + "\n")

    articles = list(load_polnear(tmp_path, kinds))
    assert [a.name for a in articles] == ["a", "b"]
    (g,) = articles[1].attributions
    assert g.source[0].text(text) == "Bob" and g.content[0].text(text) == "yes"
    assert (g.source_kind, g.source_anonymous) == ("named_person", False)
    assert [a.name for a in load_polnear(tmp_path, limit=1)] == ["a"]


def test_load_project_gold_checks_the_text_it_indexes(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus / "wikinews" / "w.txt", "Ann said no.")
    write(corpus / "gold" / "w.ann", "T1\tContent 9 11\tno\nE1\tContent:T1\n")
    (g,) = list(load_project_gold(corpus / "gold"))
    assert g.attributions[0].content[0].text(g.text) == "no"  # found without an index
    write(
        corpus / "gold" / "index.json",
        json.dumps({"w": {"text_path": "../wikinews/w.txt", "sha256": "0" * 64}}),
    )
    with pytest.raises(ValueError, match="differs"):
        list(load_project_gold(corpus / "gold"))


# --- the real data -------------------------------------------------------------------------


def brat_surfaces(ann_text: str) -> list[tuple[str, list[tuple[int, int]], str]]:
    """(tid, pieces, surface text) of every T line, independently of read_brat."""
    rows = []
    for m in re.finditer(r"^(T\d+)\t\S+ ([\d ;]+)\t(.*)$", ann_text, re.M):
        pieces = [tuple(int(x) for x in p.split()) for p in m[2].split(";")]
        rows.append((m[1], pieces, m[3]))
    return rows


def test_project_gold_spans_equal_the_article_text():
    anns = sorted(GOLD_DIR.glob("*.ann"))
    assert len(anns) >= 5
    articles = {a.name: a for a in load_project_gold(GOLD_DIR)}
    assert set(articles) == {p.stem for p in anns}
    for ann in anns:
        text = articles[ann.stem].text
        ann_text = ann.read_text(encoding="utf-8")
        for tid, pieces, surface in brat_surfaces(ann_text):
            got = " ".join(text[s:e] for s, e in pieces)
            assert got == surface, f"{ann.name} {tid}"
            for s, e in pieces:  # no stray whitespace at the edges of a span
                assert text[s:e] == text[s:e].strip(), f"{ann.name} {tid}"
        kinds_path = GOLD_DIR / f"{ann.stem}.kinds.jsonl"
        kinds = [json.loads(line) for line in kinds_path.read_text(encoding="utf-8").splitlines()]
        tids = {tid for tid, _, _ in brat_surfaces(ann_text)}
        for row in kinds:
            assert row["ann"] == ann.name and row["tid"] in tids
            assert " ".join(text[s:e] for s, e in row["spans"]) == row["text"]
        gold = articles[ann.stem].attributions
        assert len(gold) == len(re.findall(r"^E\d+\t", ann_text, re.M)), ann.name
        assert all(g.content for g in gold)
        labelled = {row["tid"] for row in kinds}
        assert {g.source_tid for g in gold if g.source} <= labelled, ann.name


@pytest.mark.skipif(not (SHARED_EVAL / "polnear" / "dev").is_dir(), reason="no ../shared/eval")
def test_real_polnear_dev_loads_84_articles():
    dev = SHARED_EVAL / "polnear" / "dev"
    kinds = SHARED_EVAL / "polnear" / "polnear_dev_source_kinds.jsonl"
    articles = list(load_polnear(dev, kinds))
    assert len(articles) == 84
    gold = [g for a in articles for g in a.attributions]
    assert len(gold) > 84 * 15
    assert sum(g.source_kind is not None for g in gold) > 0.9 * sum(bool(g.source) for g in gold)
    first = articles[0]
    assert first.text == read_text(dev / "text" / f"{first.name}.txt")
