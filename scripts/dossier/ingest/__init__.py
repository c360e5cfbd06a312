"""Ingest raw pages into curated Markdown articles (see :mod:`dossier.ingest.runner`)."""

from dossier.ingest.runner import (
    DossierIngest,
    FileResult,
    IngestOptions,
    Outcome,
    dossier_folders,
)

__all__ = ["DossierIngest", "FileResult", "IngestOptions", "Outcome", "dossier_folders"]
