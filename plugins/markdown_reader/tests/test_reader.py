"""The markdown-it reader: YAML front matter, safe rendering, citable paragraphs."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest

from markdown_reader.frontmatter import FrontMatterError, split_front_matter
from markdown_reader.reader import YamlMarkdownReader
from markdown_reader.render import render
from tests.sitebuild import article, build_site, get_settings


def read(tmp_path: Path, text: str) -> tuple[str, dict]:
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    return YamlMarkdownReader(get_settings()).read(str(path))


def test_titles_with_colons_quotes_and_hashes_survive(tmp_path: Path) -> None:
    title = 'Putin on N. Korean Troops: “Our Choice” — "quoted" #1 @ - dash'
    _, meta = read(tmp_path, article(title))
    assert meta["title"] == title


def test_lists_mappings_and_dates_keep_their_types(tmp_path: Path) -> None:
    text = article(
        "T",
        date="2024-10-25",
        persons=["Vladimir Putin", "Kim Jong Un"],
        aggregator={"sources": ["BBC", "CNN"]},
    )
    _, meta = read(tmp_path, text)
    assert meta["persons"] == ["Vladimir Putin", "Kim Jong Un"]
    assert meta["aggregator"] == {"sources": ["BBC", "CNN"]}
    assert (meta["date"].year, meta["date"].month, meta["date"].day) == (2024, 10, 25)
    assert isinstance(meta["date"], dt.datetime)


def test_yaml_date_objects_are_accepted(tmp_path: Path) -> None:
    _, meta = read(tmp_path, "---\ntitle: T\ndate: 2024-10-25 14:30\n---\nBody\n")
    assert (meta["date"].hour, meta["date"].minute) == (14, 30)


def test_broken_yaml_names_file_and_line(tmp_path: Path) -> None:
    text = "---\ntitle: ok\nsource: VoM News\nbad: [unclosed\n---\nBody\n"
    with pytest.raises(FrontMatterError) as error:
        read(tmp_path, text)
    assert "a.md:" in str(error.value)
    assert error.value.line in (4, 5)  # the line of the broken value (or the one after)
    assert "not valid YAML" in str(error.value)


def test_unclosed_front_matter_is_reported(tmp_path: Path) -> None:
    with pytest.raises(FrontMatterError, match="never closed"):
        read(tmp_path, "---\ntitle: x\n\nBody without the closing line\n")


def test_a_date_that_is_not_a_date_names_its_line(tmp_path: Path) -> None:
    with pytest.raises(FrontMatterError) as error:
        read(tmp_path, "---\ntitle: T\nsource: X\ndate: last Friday-ish\n---\nBody\n")
    assert error.value.line == 4
    assert "is not a date" in str(error.value)


def test_front_matter_must_be_a_mapping(tmp_path: Path) -> None:
    with pytest.raises(FrontMatterError, match="mapping"):
        split_front_matter("---\n- a\n- b\n---\nBody", "x.md")


def test_no_front_matter_is_all_body(tmp_path: Path) -> None:
    split = split_front_matter("Just text\n", "x.md")
    assert split.metadata == {}
    assert split.body == "Just text\n"


def test_raw_html_is_shown_as_text_never_run() -> None:
    html, _ = render('Hi <script>alert("x")</script>\n\n<iframe src="//x"></iframe>\n')
    assert "<script" not in html and "<iframe" not in html
    assert "&lt;script&gt;" in html and "&lt;iframe" in html


def test_javascript_links_are_not_links() -> None:
    html, _ = render("[click](javascript:alert(1)) and [ok](https://example.org/)\n")
    assert 'href="javascript' not in html
    assert 'href="https://example.org/"' in html


def test_every_paragraph_and_heading_gets_a_stable_id() -> None:
    html, count = render(
        "First.\n\n## A heading: here\n\nSecond.\n\n> Quoted.\n\n## A heading: here\n"
    )
    assert count == 3
    for n in (1, 2, 3):
        assert f'<p id="p-{n}">' in html
        assert f'href="#p-{n}"' in html
    assert 'id="a-heading-here"' in html and 'id="a-heading-here-2"' in html


def test_build_renders_ids_and_resolves_filename_links(tmp_path: Path) -> None:
    site = build_site(
        tmp_path,
        {
            "articles/d/one.md": article(
                "One", "See [two]({filename}two.md).", date="2024-01-01", dossier="d"
            ),
            "articles/d/two.md": article(
                "Two", "Para one.\n\nPara two.", date="2024-01-02", dossier="d"
            ),
            "dossiers/d.md": article("D"),
        },
    )
    one = site.html("articles/d/one/")
    link = one.select_one("#p-1 a:not(.permalink)")
    assert link is not None and link["href"].endswith("articles/d/two/")
    two = site.html("articles/d/two/")
    assert [p["id"] for p in two.select(".article-body p")] == ["p-1", "p-2"]


def test_bad_file_is_logged_with_its_name_and_others_still_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    site = build_site(
        tmp_path,
        {
            "articles/d/good.md": article("Good", date="2024-01-01", dossier="d"),
            "articles/d/bad.md": "---\ntitle: Bad\ndate: [oops\n---\nBody\n",
            "dossiers/d.md": article("D"),
        },
    )
    assert site.path("articles/d/good/").exists()
    assert not (site.output / "articles/d/bad").exists()
    messages = "\n".join(r.getMessage() for r in caplog.records)
    assert "bad.md:3" in messages and "not valid YAML" in messages
