"""Nightly cohort size report for the quality team (counts only)."""
import logging
from collections import Counter
from datetime import date

from analytics.cohorts import load_cohorts

logger = logging.getLogger(__name__)


def run(report_date: date) -> dict:
    cohorts = load_cohorts(report_date)
    sizes = Counter({name: len(members) for name, members in cohorts.items()})
    logger.info("cohort report for %s: %d cohorts", report_date.isoformat(), len(sizes))
    for name, size in sizes.most_common():
        logger.info("cohort %s has %d patients", name, size)
    if not sizes:
        logger.warning("no cohorts found; check the patient registry sync")
    print(f"report written with {sum(sizes.values())} patient rows")
    return dict(sizes)
