"""A corpus of hostile raw files, generated on the fly (nothing of it is committed).

Each case is what a curator might really drop into ``raw/``: empty or binary files, odd
encodings, pages carrying scripts, titles that break naive YAML, awkward file names. The tests
expect for each either a correct article or a one-line rejection naming the file.
"""

from __future__ import annotations

from pathlib import Path

BODY = (
    "Officials in Seoul said on Monday that the deployment had grown over the past month and "
    "that further units were expected to arrive before the winter.\n\n"
    "The ministry added that it was sharing its intelligence with allies in Europe and "
    "that a delegation would travel to Brussels to brief the alliance next week.\n"
)


def page(title: str, extra: str = "") -> str:
    return f"{title}\n\n{BODY}{extra}"


# (file name, bytes, what must happen: "article" or "rejected")
TEXT_CASES: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "rejected"),
    "whitespace.txt": (b"  \n\t\n   \n", "rejected"),
    "binary.txt": (bytes(range(256)) * 64, "rejected"),
    "nul-bytes.txt": (
        page("Troops arrive in Kursk").encode().replace(b"month", b"mo\0nth"),
        "article",
    ),
    "utf16-bom.txt": (page("Seoul says troops moved").encode("utf-16"), "article"),
    "utf16-no-bom.txt": (page("Seoul says troops moved again").encode("utf-16-le"), "article"),
    "utf8-bom.txt": (page("Allies brief on “deployment”").encode("utf-8-sig"), "article"),
    "cp1252.txt": (page("Minister’s “warning” on café talks").encode("cp1252"), "article"),
    "mojibake.txt": (
        page("Minister’s warning – café talks").encode("utf-8").decode("cp1252").encode(),
        "article",
    ),
    "mixed-endings.txt": (page("Mixed line endings").replace("\n", "\r\n", 3).encode(), "article"),
    "script-in-text.txt": (
        page(
            "Officials warn of <script>alert('x')</script> escalation",
            '\n<iframe src="https://evil.example/"></iframe>\n'
            "<img src=x onerror=alert(1)> and [click me](javascript:alert(1))\n"
            '<a href="javascript:alert(2)">more</a>\n',
        ).encode(),
        "article",
    ),
    "markdown-injection.txt": (
        page(
            "Markdown injection attempt",
            '\n---\ntitle: hijacked\n---\n\n<div onclick="alert(3)">raw html block</div>\n'
            "[x](javascript:alert(1)) ![y](javascript:alert(4))\n",
        ).encode(),
        "article",
    ),
    "yaml-colon.txt": (page("Putin: “This is our business”").encode(), "article"),
    "yaml-quotes.txt": (page("'Single' and \"double\" quotes # hash").encode(), "article"),
    "yaml-dash.txt": (page("-40 degrees: troops face winter").encode(), "article"),
    "yaml-at.txt": (page("@handle says troops arrived").encode(), "article"),
    "same-title-1.txt": (page("Identical headline about the troops").encode(), "article"),
    "same-title-2.txt": (
        page(
            "Identical headline about the troops",
            "\nA different last paragraph here for this copy.\n",
        ).encode(),
        "article",
    ),
    "name with spaces.txt": (page("File name with spaces").encode(), "article"),
    "accentué-é.txt": (page("File name with accents").encode(), "article"),
    "emoji-🎉.txt": (page("File name with emoji").encode(), "article"),
    "long-line.txt": (("Word " * 400_000).encode(), "article-or-rejected"),
}

HTML_CASE = (
    "saved-page.html",
    (
        "<!doctype html><html><head><title>Saved page with scripts</title>"
        "<script>alert('head')</script></head><body><nav>Home | World</nav>"
        "<article><h1>Saved page with scripts</h1>"
        f"<p>{BODY.splitlines()[0]}</p>"
        '<p>It came with <img src=x onerror="alert(1)"> an image and '
        '<a href="javascript:alert(2)">a bad link</a>.</p>'
        f"<p>{BODY.splitlines()[2]}</p>"
        '<iframe src="https://evil.example/"></iframe><script>alert(3)</script>'
        "</article><footer>© Example News</footer></body></html>"
    ).encode(),
    "article",
)

BIG_FILE_BYTES = 50 * 1024 * 1024


def write_corpus(folder: Path) -> dict[str, str]:
    """Write every case into ``folder``; return {file name: expectation}."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}
    for name, (data, outcome) in [*TEXT_CASES.items(), (HTML_CASE[0], HTML_CASE[1:])]:
        (folder / name).write_bytes(data)
        expected[name] = outcome
    with (folder / "huge.txt").open("wb") as stream:  # written in chunks: bounded memory
        chunk = (BODY * 100).encode()
        for _ in range(BIG_FILE_BYTES // len(chunk) + 1):
            stream.write(chunk)
    expected["huge.txt"] = "rejected"
    (folder / "loop-a.txt").symlink_to("loop-b.txt")
    (folder / "loop-b.txt").symlink_to("loop-a.txt")
    expected["loop-a.txt"] = expected["loop-b.txt"] = "rejected"
    (folder / "a-folder.txt").mkdir()
    expected["a-folder.txt"] = "rejected"
    return expected
