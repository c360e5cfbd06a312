"""``make bench``: how the pipeline scales, measured beside plain Pelican in the same run.

Stages, one module each: (1) :mod:`.corpus` writes a deterministic raw corpus; (2)
:mod:`.measure` times ingest, the full build (per phase), the cached rebuild, output and index
sizes; (3) :mod:`.baseline` builds the same article bodies with plain Pelican + Pagefind in a
separate venv; (4) :mod:`.search_timing` times searches in headless Chromium; (5)
:mod:`.report` prints the table with the ratios and writes the JSON. ``python -m
dossier.bench --help`` lists the options.
"""
