"""Tests for tracker.articles: real files in tmp_path, one behaviour each."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tracker.articles import Article, ReadError, content_hash, read_articles, split_front_matter

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus" / "articles"
SEED = CORPUS / "coalition-of-the-willing-2025-03-11.txt"


def write(path: Path, content: str | bytes) -> str:
    """Write bytes exactly (no newline translation) and return the path as str."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return str(path)


def read_all(*paths: str, stdin=None) -> list[Article | ReadError]:
    return list(read_articles(paths, stdin=stdin))


def only_article(*paths: str) -> Article:
    results = read_all(*paths)
    assert len(results) == 1
    assert isinstance(results[0], Article), results[0]
    return results[0]


def only_error(*paths: str, stdin=None) -> ReadError:
    results = read_all(*paths, stdin=stdin)
    assert len(results) == 1
    assert isinstance(results[0], ReadError), results[0]
    return results[0]


# --- formats ------------------------------------------------------------------


def test_txt_without_metadata(tmp_path):
    path = write(tmp_path / "a.txt", "He said: \u201chello\u201d.\n")
    article = only_article(path)
    assert article == Article(text="He said: \u201chello\u201d.\n", path=path)
    assert article.content_hash == content_hash("He said: \u201chello\u201d.\n")


def test_md_is_read_as_text(tmp_path):
    path = write(tmp_path / "b.md", "# Heading\n\nBody.\n")
    article = only_article(path)
    assert article.text == "# Heading\n\nBody.\n"
    assert article.path == path


def test_txt_with_sidecar_metadata(tmp_path):
    path = write(tmp_path / "story.txt", "Text.\n")
    write(
        tmp_path / "story.json",
        json.dumps(
            {
                "title": "T",
                "outlet": "O",
                "author": "A. Writer",
                "date": "2024-01-02",
                "url": "https://example.org/x",
                "license": "CC BY 2.5",
                "desk": 7,
            }
        ),
    )
    article = only_article(path)
    assert article == Article(
        text="Text.\n",
        path=path,
        title="T",
        outlet="O",
        byline="A. Writer",
        published="2024-01-02",
        url="https://example.org/x",
        extra={"license": "CC BY 2.5", "desk": 7},
    )


def test_sidecar_non_string_values_become_strings(tmp_path):
    path = write(tmp_path / "s.txt", "Text.")
    write(
        tmp_path / "s.json",
        json.dumps({"title": 42, "authors": ["Ann", "Bo"], "published": 2024, "url": None}),
    )
    article = only_article(path)
    assert article.title == "42"
    assert article.byline == "Ann, Bo"
    assert article.published == "2024"
    assert article.url is None
    assert article.extra == {}


def test_byline_wins_over_author_alias(tmp_path):
    path = write(tmp_path / "s.txt", "Text.")
    write(tmp_path / "s.json", json.dumps({"byline": "By Ann", "author": "Ann"}))
    article = only_article(path)
    assert article.byline == "By Ann"
    assert article.extra == {"author": "Ann"}


def test_front_matter_metadata_and_body_offsets(tmp_path):
    content = (
        "---\n"
        'title: "Quoted: title"\n'
        "outlet: The Daily\n"
        "# a comment\n"
        "published: 2025-03-11\n"
        "url: https://example.org/a?b=c\n"
        "byline:\n"
        "section: World\n"
        "---\n"
        "Body starts here.\n"
    )
    path = write(tmp_path / "fm.md", content)
    article = only_article(path)
    assert article.text == "Body starts here.\n"
    assert article.text[0:4] == "Body"
    assert article.title == "Quoted: title"
    assert article.outlet == "The Daily"
    assert article.published == "2025-03-11"
    assert article.url == "https://example.org/a?b=c"
    assert article.byline is None
    assert article.extra == {"section": "World"}


def test_sidecar_overrides_front_matter(tmp_path):
    path = write(tmp_path / "both.txt", "---\ntitle: From front\nkind: x\n---\nBody.")
    write(tmp_path / "both.json", json.dumps({"title": "From sidecar"}))
    article = only_article(path)
    assert article.title == "From sidecar"
    assert article.extra == {"kind": "x"}
    assert article.text == "Body."


def test_front_matter_with_crlf_keeps_crlf_body(tmp_path):
    path = write(tmp_path / "w.txt", "---\r\ntitle: T\r\n---\r\nLine one.\r\nLine two.\r\n")
    article = only_article(path)
    assert article.title == "T"
    assert article.text == "Line one.\r\nLine two.\r\n"


def test_malformed_front_matter_is_kept_as_text():
    text = "---\nnot a key value line\n---\nBody."
    assert split_front_matter(text) == ({}, text)


def test_unclosed_front_matter_is_kept_as_text():
    text = "---\ntitle: T\nBody without a closing line."
    assert split_front_matter(text) == ({}, text)


def test_crlf_is_kept(tmp_path):
    path = write(tmp_path / "dos.txt", "First line.\r\nSecond \u201cline\u201d.\r\n")
    article = only_article(path)
    assert article.text == "First line.\r\nSecond \u201cline\u201d.\r\n"
    assert article.text.count("\r\n") == 2


def test_lone_cr_and_bom(tmp_path):
    path = write(tmp_path / "mac.txt", b"\xef\xbb\xbfOne.\rTwo.\r")
    assert only_article(path).text == "One.\rTwo.\r"


def test_json_article_object(tmp_path):
    obj = {"text": "Body.\r\n", "title": "T", "published": "2020-05-06", "tags": ["a"]}
    path = write(tmp_path / "one.json", json.dumps(obj))
    article = only_article(path)
    assert article == Article(
        text="Body.\r\n", path=path, title="T", published="2020-05-06", extra={"tags": ["a"]}
    )


def test_json_list_of_articles(tmp_path):
    path = write(tmp_path / "many.json", json.dumps([{"text": "One."}, {"text": "Two."}]))
    results = read_all(path)
    assert [(r.path, r.text) for r in results] == [(f"{path}#1", "One."), (f"{path}#2", "Two.")]


def test_jsonl_articles_and_blank_lines(tmp_path):
    lines = [json.dumps({"text": "One.", "title": "A"}), "", "   ", json.dumps({"text": "Two."})]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    results = read_all(path)
    assert [(r.path, r.text, r.title) for r in results] == [
        (f"{path}#L1", "One.", "A"),
        (f"{path}#L4", "Two.", None),
    ]


def test_jsonl_with_crlf_line_endings(tmp_path):
    path = write(tmp_path / "dos.jsonl", '{"text": "A."}\r\n{"text": "B."}\r\n')
    assert [r.text for r in read_all(path)] == ["A.", "B."]


def test_jsonl_bad_line_does_not_stop_the_others(tmp_path):
    content = '{"text": "One."}\n{"text": oops}\n{"title": "no text"}\n[1]\n{"text": "Five."}\n'
    path = write(tmp_path / "mixed.jsonl", content)
    results = read_all(path)
    assert [type(r).__name__ for r in results] == [
        "Article",
        "ReadError",
        "ReadError",
        "ReadError",
        "Article",
    ]
    assert results[0].text == "One." and results[4].text == "Five."
    assert results[4].path == f"{path}#L5"
    assert results[1].path == f"{path}#L2"
    assert results[1].message.startswith(f"{path} line 2: malformed JSON (Expecting value")
    assert results[2].message == f'{path} line 3: no string "text" field'
    assert results[3].message == f"{path} line 4: expected a JSON object, got list"


# --- folders ------------------------------------------------------------------


def test_folder_recursion_order_and_skipping(tmp_path):
    root = tmp_path / "in"
    write(root / "b.txt", "B.")
    write(root / "b.json", json.dumps({"title": "B title"}))  # sidecar: not an article
    write(root / "a.md", "A.")
    write(root / "c.json", json.dumps({"text": "C."}))  # no .txt sibling: an article
    write(root / "sub" / "d.jsonl", '{"text": "D."}\n')
    write(root / "sub" / "deeper" / "e.txt", "E.")
    write(root / "aa" / "f.txt", "F.")
    write(root / "notes.pdf", b"%PDF-1.4")  # unknown format: ignored in folders
    write(root / "README", "no extension")
    write(root / "README.md", "# About this folder")  # documentation, not an article
    write(root / ".hidden.txt", "hidden")
    write(root / ".git" / "g.txt", "in a hidden folder")
    results = read_all(str(root))
    assert all(isinstance(r, Article) for r in results)
    assert [r.path for r in results] == [
        str(root / "a.md"),
        str(root / "aa" / "f.txt"),
        str(root / "b.txt"),
        str(root / "c.json"),
        str(root / "sub" / "d.jsonl") + "#L1",
        str(root / "sub" / "deeper" / "e.txt"),
    ]
    assert [r.text for r in results] == ["A.", "F.", "B.", "C.", "D.", "E."]
    assert results[2].title == "B title"


def test_folder_is_read_lazily(tmp_path):
    for name in ("a", "b", "c"):
        write(tmp_path / f"{name}.txt", name.upper())
    stream = read_articles([str(tmp_path)])
    first = next(stream)
    assert first.text == "A"
    write(tmp_path / "c.txt", "changed")  # not read yet, so the new text shows up
    assert [r.text for r in stream] == ["B", "changed"]


def test_paths_given_in_order_and_mixed(tmp_path):
    one = write(tmp_path / "x" / "1.txt", "one")
    two = write(tmp_path / "2.txt", "two")
    results = read_all(two, str(tmp_path / "x"), "-", stdin=io.StringIO("three"))
    assert [(r.path, r.text) for r in results] == [(two, "two"), (one, "one"), ("-", "three")]


# --- stdin --------------------------------------------------------------------


def test_stdin_text_stream():
    article = only_article_from_stdin(io.StringIO("Piped \u201ctext\u201d.\n"))
    assert article == Article(text="Piped \u201ctext\u201d.\n", path="-")


def test_stdin_binary_buffer_keeps_crlf():
    stream = io.TextIOWrapper(io.BytesIO(b"A.\r\nB.\r\n"), encoding="utf-8")
    assert only_article_from_stdin(stream).text == "A.\r\nB.\r\n"


def test_stdin_not_utf8():
    stream = io.TextIOWrapper(io.BytesIO(b"caf\xe9"), encoding="utf-8")
    error = only_error("-", stdin=stream)
    assert error == ReadError("-", "stdin is not UTF-8 (invalid byte at offset 3)")


def test_stdin_empty():
    error = only_error("-", stdin=io.StringIO(" \n\t"))
    assert error == ReadError("-", "stdin holds only whitespace")


def only_article_from_stdin(stream) -> Article:
    results = read_all("-", stdin=stream)
    assert len(results) == 1 and isinstance(results[0], Article), results
    return results[0]


# --- errors -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["report.pdf", "report.PDF", "page.html"])
def test_unknown_format_named_explicitly(tmp_path, name):
    path = write(tmp_path / name, "text")
    suffix = Path(name).suffix.lower()
    assert only_error(path) == ReadError(
        path, f"{path}: {suffix} is not a supported format (use .txt, .md, .json, .jsonl)"
    )


def test_missing_path(tmp_path):
    path = str(tmp_path / "nope.txt")
    assert only_error(path) == ReadError(path, f"{path}: no such file or folder")


def test_not_utf8(tmp_path):
    path = write(tmp_path / "latin1.txt", "caf\u00e9".encode("latin-1"))
    assert only_error(path) == ReadError(path, f"{path}: is not UTF-8 (invalid byte at offset 3)")


def test_binary_with_nul_bytes(tmp_path):
    path = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    assert only_error(path) == ReadError(
        path, f"{path}: looks binary (contains NUL bytes), not UTF-8 text"
    )


def test_binary_jsonl_gives_one_error(tmp_path):
    path = write(tmp_path / "blob.jsonl", b"\x00\x01\n\x00\x02\n")
    assert only_error(path) == ReadError(
        f"{path}#L1", f"{path} line 1 looks binary (contains NUL bytes), not UTF-8 text"
    )


def test_empty_file(tmp_path):
    path = write(tmp_path / "empty.txt", "")
    assert only_error(path) == ReadError(path, f"{path}: text is empty")


def test_whitespace_only_file(tmp_path):
    path = write(tmp_path / "blank.md", " \r\n\t\n")
    assert only_error(path) == ReadError(path, f"{path}: text holds only whitespace")


def test_front_matter_without_body(tmp_path):
    path = write(tmp_path / "fm.md", "---\ntitle: T\n---\n\n")
    assert only_error(path) == ReadError(
        path, f"{path}: text after its front matter holds only whitespace"
    )


def test_malformed_json(tmp_path):
    path = write(tmp_path / "bad.json", '{"text": "x",\n}')
    assert only_error(path) == ReadError(
        path,
        f"{path}: malformed JSON (Expecting property name enclosed in double quotes"
        " at line 2, column 1)",
    )


@pytest.mark.parametrize(
    "obj", [{"title": "no text"}, {"text": None}, {"text": 12}, {"text": ["a"]}]
)
def test_json_without_string_text(tmp_path, obj):
    path = write(tmp_path / "notext.json", json.dumps(obj))
    assert only_error(path) == ReadError(path, f'{path}: no string "text" field')


def test_json_with_blank_text(tmp_path):
    path = write(tmp_path / "blank.json", json.dumps({"text": "  "}))
    assert only_error(path) == ReadError(path, f'{path}: "text" holds only whitespace')


def test_json_of_the_wrong_shape(tmp_path):
    path = write(tmp_path / "num.json", "3")
    assert only_error(path) == ReadError(
        path, f"{path}: must hold an article object or a list of them"
    )
    empty = write(tmp_path / "empty-list.json", "[]")
    assert only_error(empty) == ReadError(empty, f"{empty}: holds an empty list, no articles")


def test_json_list_with_a_bad_item(tmp_path):
    path = write(tmp_path / "list.json", json.dumps([{"text": "Ok."}, {"title": "x"}]))
    results = read_all(path)
    assert results[0].text == "Ok."
    assert results[1] == ReadError(f"{path}#2", f'{path} item 2: no string "text" field')


def test_empty_jsonl(tmp_path):
    path = write(tmp_path / "none.jsonl", "\n\n")
    assert only_error(path) == ReadError(path, f"{path}: no JSON lines, no articles")


def test_malformed_sidecar(tmp_path):
    path = write(tmp_path / "s.txt", "Text.")
    sidecar = write(tmp_path / "s.json", "{title: x}")
    assert only_error(path) == ReadError(
        path,
        f"{path}: sidecar {sidecar} is malformed JSON (Expecting property name enclosed"
        " in double quotes at line 1, column 2)",
    )


def test_sidecar_that_is_not_an_object(tmp_path):
    path = write(tmp_path / "s.txt", "Text.")
    sidecar = write(tmp_path / "s.json", '["x"]')
    assert only_error(path) == ReadError(
        path, f"{path}: sidecar {sidecar} must hold a JSON object of metadata"
    )


def test_sidecar_named_explicitly(tmp_path):
    owner = write(tmp_path / "s.txt", "Text.")
    sidecar = write(tmp_path / "s.json", "{}")
    assert only_error(sidecar) == ReadError(
        sidecar, f"{sidecar}: is the metadata sidecar of {owner}; name that instead"
    )


def test_errors_do_not_stop_the_batch(tmp_path):
    good = write(tmp_path / "good.txt", "Fine.")
    results = read_all(str(tmp_path / "missing.txt"), good)
    assert isinstance(results[0], ReadError)
    assert results[1].text == "Fine."


def test_readme_named_explicitly_is_read(tmp_path):
    path = write(tmp_path / "README.md", "# Notes")
    assert only_article(path).text == "# Notes"


def test_a_single_string_is_refused(tmp_path):
    with pytest.raises(TypeError, match="list of paths"):
        next(read_articles(str(tmp_path)))


def test_read_error_str_is_its_message():
    assert str(ReadError("x.pdf", "x.pdf: nope")) == "x.pdf: nope"


# --- the corpus ---------------------------------------------------------------


def test_corpus_reads_as_25_articles_with_titles():
    results = read_all(str(SEED), str(CORPUS / "wikinews"))
    assert len(results) == 25
    assert all(isinstance(r, Article) for r in results), [str(r) for r in results]
    assert all(r.title and r.published and r.outlet for r in results)
    seed = results[0]
    assert (
        seed.title == "Coalition of the willing: army chiefs meet in Paris on a force for Ukraine"
    )
    assert seed.outlet == "Associated Press (machine-translated)"
    assert seed.published == "2025-03-11"
    assert seed.url is None
    assert seed.text.startswith("Kiev, Ukraine")
    wikinews = results[1:]
    assert {r.outlet for r in wikinews} == {"Wikinews"}
    assert {r.extra["license"] for r in wikinews} == {"CC BY 2.5"}
    assert all(r.url.startswith("https://en.wikinews.org/wiki/") for r in wikinews)
    assert wikinews[0].path == str(CORPUS / "wikinews" / "afghan.txt")
    assert wikinews[0].published == "2017-07-18"


def test_corpus_folder_top_level_yields_the_same_articles():
    """Reading corpus/articles itself gives the 25 articles."""
    results = list(read_articles([str(CORPUS)]))
    assert len(results) == 25
    assert all(isinstance(r, Article) and r.title for r in results)
    assert len({r.content_hash for r in results}) == 25
