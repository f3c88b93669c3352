"""Weekly roster export for the outreach team."""
import csv
import json
import tempfile
from pathlib import Path

import pandas as pd
from cryptography.fernet import Fernet

from .queries import active_patients, export_key

EXPORT_DIR = Path("/srv/exports")


def write_roster(clinic_id: int) -> Path:
    patients = active_patients(clinic_id)
    out = EXPORT_DIR / f"roster_{clinic_id}.csv"
    with open(out, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["mrn", "name", "dob", "phone"])
        for p in patients:
            writer.writerow([p.mrn, p.name, p.dob, p.phone])
    return out


def write_roster_frame(clinic_id: int, frame: pd.DataFrame) -> None:
    frame.to_csv(EXPORT_DIR / f"patients_{clinic_id}.csv", index=False)


def write_encrypted(clinic_id: int, rows: list) -> Path:
    token = Fernet(export_key()).encrypt(json.dumps(rows).encode())
    out = EXPORT_DIR / f"roster_{clinic_id}.json.enc"
    out.write_bytes(token)
    return out


def write_counts(clinic_id: int, count: int) -> None:
    (EXPORT_DIR / f"roster_{clinic_id}.summary.json").write_text(json.dumps({"rows": count}))


def scratch_copy(patient_rows: list) -> str:
    tmp = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
    json.dump(patient_rows, tmp)
    tmp.close()
    return tmp.name
