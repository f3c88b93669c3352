"""Nightly encounter extract handed to the data warehouse loader."""
import json
import logging
from datetime import date

from .crypto import fernet_for
from .queries import encounters_for

logger = logging.getLogger(__name__)
STATUS_PATH = "/var/log/extract/status.log"


def extract(day: date) -> str:
    rows = encounters_for(day)
    path = f"/tmp/phi_extract_{day:%Y%m%d}.jsonl"
    with open(path, "w") as out:
        for row in rows:
            out.write(json.dumps(row) + "\n")
    logger.info("extract for %s: %d rows", day, len(rows))
    return path


def extract_sealed(day: date) -> str:
    payload = json.dumps(encounters_for(day)).encode()
    path = f"/srv/warehouse/inbox/encounters_{day:%Y%m%d}.json.enc"
    with open(path, "wb") as fh:
        fh.write(fernet_for("warehouse").encrypt(payload))
    return path


def mark_done(day: date, rows: int) -> None:
    with open(STATUS_PATH, "a") as fh:
        fh.write(f"{day:%Y-%m-%d} extract finished rows={rows}\n")
