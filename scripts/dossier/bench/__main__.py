"""``python -m dossier.bench`` (``make bench``): generate, measure both sides, report.

examples:
  python -m dossier.bench                                   N=2,000 articles, D=20 dossiers
  python -m dossier.bench --articles 10000 --dossiers 100   the large run
  python -m dossier.bench --articles 20 --dossiers 2 --skip-baseline --skip-browser
"""

from __future__ import annotations

import argparse
import pstats
import sys
import tempfile
from pathlib import Path
from typing import Any

from .baseline import measure_baseline
from .corpus import Corpus, CorpusSpec, generate
from .measure import REPO, measure_ours
from .report import check_targets, machine, table, write_json
from .search_timing import measure_search

REFERENCE_ARTICLES = 2000  # the large run's build time is compared with this run's


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m dossier.bench",
        description="Measure the pipeline on a generated corpus beside plain Pelican.",
        epilog=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    spec = CorpusSpec()
    parser.add_argument("--articles", type=int, default=spec.articles, help="N (default 2000)")
    parser.add_argument("--dossiers", type=int, default=spec.dossiers, help="D (default 20)")
    parser.add_argument("--seed", type=int, default=spec.seed)
    parser.add_argument("--work", type=Path, help="keep the corpus and sites here (default: temp)")
    parser.add_argument("--cache", type=Path, default=REPO / ".bench-cache")
    parser.add_argument("--results", type=Path, default=REPO / "bench-results")
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument("--profile", action="store_true", help="print our build's hot spots")
    return parser.parse_args(argv)


def hot_spots(profile: Path, limit: int = 25) -> str:
    """The project's functions by cumulative time: where a slow build spends it."""
    stats = pstats.Stats(str(profile))
    rows = [
        (cumulative, calls, f"{Path(file).name}:{line} {name}")
        for (file, line, name), (_, calls, _, cumulative, _) in stats.stats.items()  # type: ignore[attr-defined]
        if "/plugins/" in file or "/dossier/" in file or "/pelican/" in file
    ]
    rows.sort(reverse=True)
    return "\n".join(f"{c:8.2f}s {n:9d}  {where}" for c, n, where in rows[:limit])


def run(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """Every measurement, in one run, into one results dict."""
    spec = CorpusSpec(articles=args.articles, dossiers=args.dossiers, seed=args.seed)
    print(f"bench: generating {spec.articles} articles in {spec.dossiers} dossiers", flush=True)
    corpus: Corpus = generate(spec, work / "raw")
    results: dict[str, Any] = {
        "corpus": {
            "articles": corpus.articles,
            "dossiers": corpus.dossiers,
            "words": corpus.words,
            "quotes": corpus.quotes,
            "raw_bytes": corpus.bytes,
            "seed": spec.seed,
        },
        "machine": machine(),
    }
    print("bench: our pipeline (ingest, build, cached rebuild)", flush=True)
    ours = measure_ours(corpus.raw, work / "ours", corpus.articles, profile=args.profile)
    results["ours"] = ours
    if not args.skip_baseline:
        print("bench: plain Pelican + Pagefind", flush=True)
        results["baseline"] = measure_baseline(
            work / "ours" / "content", work / "plain", args.cache
        )
    if not args.skip_browser:
        print("bench: search in headless Chromium", flush=True)
        ours |= measure_search(Path(ours["output_dir"]), "", ui=True)
        if "baseline" in results:
            results["baseline"] |= measure_search(
                Path(results["baseline"]["output_dir"]), "", ui=False
            )
    reference = args.results / f"n{REFERENCE_ARTICLES}.json"
    if corpus.articles > REFERENCE_ARTICLES and reference.exists():
        import json

        earlier = json.loads(reference.read_text(encoding="utf-8"))
        results["reference"] = {
            "articles": earlier["corpus"]["articles"],
            "build_and_index_seconds": earlier["ours"]["build_and_index_seconds"],
        }
    results["targets"] = check_targets(results)
    if args.profile:
        print(hot_spots(work / "ours" / "profile.prof"))
    return results


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dossier-bench-") as tmp:
        work = args.work or Path(tmp)
        results = run(args, work)
    print(table(results))
    for path in write_json(results, args.results):
        print(f"bench: figures written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
