"""Encrypted local store for patient chart snapshots (SQLCipher)."""
from pathlib import Path

from pysqlcipher3 import dbapi2 as sqlcipher

from .keys import chart_db_key

CHART_DB = Path("/var/lib/kiosk/charts.db")


def open_chart_store(path: Path = CHART_DB):
    conn = sqlcipher.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{chart_db_key().hex()}'\"")
    conn.execute("PRAGMA cipher_memory_security = ON")
    conn.execute("CREATE TABLE IF NOT EXISTS charts (patient_id TEXT PRIMARY KEY, snapshot BLOB)")
    return conn


def save_snapshot(conn, patient_id: str, snapshot: bytes) -> None:
    conn.execute("INSERT OR REPLACE INTO charts VALUES (?, ?)", (patient_id, snapshot))
    conn.commit()
