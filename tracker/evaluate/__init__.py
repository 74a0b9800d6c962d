"""Evaluation of the attribution engine against gold (PolNeAR and the project's own).

Pure: reads brat standoff files and scores `Extraction`s; no Stanza, no database.
The matching rules are documented in `tracker.evaluate.matching`.
"""

from tracker.evaluate.gold import (
    GoldArticle,
    GoldAttribution,
    load_polnear,
    load_project_gold,
    read_brat,
    read_kinds,
    read_text,
)
from tracker.evaluate.matching import OVERLAP_RATIO, exact_match, normalize, overlap_match
from tracker.evaluate.output import errors, format_report, report_as_dict
from tracker.evaluate.scoring import PRF, Alignment, Ratio, Report, align, score

__all__ = [
    "OVERLAP_RATIO",
    "PRF",
    "Alignment",
    "GoldArticle",
    "GoldAttribution",
    "Ratio",
    "Report",
    "align",
    "errors",
    "exact_match",
    "format_report",
    "load_polnear",
    "load_project_gold",
    "normalize",
    "overlap_match",
    "read_brat",
    "read_kinds",
    "read_text",
    "report_as_dict",
    "score",
]
