"""Local audit trail of chart access for the offline clinic kiosk."""
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

AUDIT_DB_PATH = Path("/var/lib/kiosk/audit.sqlite3")


class AccessLog:
    def __init__(self, path: Path = AUDIT_DB_PATH):
        self.conn = sqlite3.connect(str(path))
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS access (at TEXT, user_id TEXT, patient_id TEXT, action TEXT)"
        )

    def record(self, user_id: str, patient_id: str, action: str) -> None:
        now = datetime.now(timezone.utc).isoformat()
        self.conn.execute("INSERT INTO access VALUES (?, ?, ?, ?)", (now, user_id, patient_id, action))
        self.conn.commit()


def open_ui_prefs(path: Path) -> sqlite3.Connection:
    """Window layout and theme only; nothing clinical is stored here."""
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE IF NOT EXISTS prefs (key TEXT PRIMARY KEY, value TEXT)")
    return conn
