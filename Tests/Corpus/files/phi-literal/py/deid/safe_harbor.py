"""Safe Harbor de-identification helpers (45 CFR 164.514(b)(2))."""
import re

SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
MRN = re.compile(r"\bMRN[:#\s-]*\d{6,10}\b", re.IGNORECASE)
PHONE = re.compile(r"\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
DOB_KEYS = {"dob", "date_of_birth", "birthDate", "birth_date"}
NAME_KEYS = {"first_name", "last_name", "patient_name", "given", "family"}

REDACTED = "[REDACTED]"


def scrub_text(text: str) -> str:
    for pattern in (SSN, MRN, PHONE, EMAIL):
        text = pattern.sub(REDACTED, text)
    return text


def scrub_record(record: dict) -> dict:
    clean = {}
    for key, value in record.items():
        if key in DOB_KEYS and value:
            clean[key] = str(value)[:4]
        elif key in NAME_KEYS:
            clean[key] = REDACTED
        elif isinstance(value, str):
            clean[key] = scrub_text(value)
        else:
            clean[key] = value
    return clean


EXAMPLE = {"first_name": REDACTED, "dob": "1960", "mrn": "********"}
