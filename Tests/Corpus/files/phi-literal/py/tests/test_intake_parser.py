import re
from datetime import date

import pytest

from intake.parser import parse_intake_form, normalize_ssn

SSN_RE = re.compile(r"^\d{3}-\d{2}-\d{4}$")
MRN_RE = re.compile(r"^MRN-\d{8}$")


@pytest.fixture
def intake_payload():
    return {
        "patient_name": "Odalys Brennecke-Farrow",
        "date_of_birth": "1979-08-23",
        "mrn": "40917736",
        "ssn": "529-31-8846",
        "allergies": ["sulfa"],
    }


@pytest.mark.parametrize("raw", ["000-41-2207", "666-18-5530", "947-22-6613", "518-00-4471"])
def test_rejects_invalid_ssn(raw):
    with pytest.raises(ValueError):
        normalize_ssn(raw)


def test_parses_redacted_form():
    form = parse_intake_form({"ssn": "[REDACTED]", "mrn": "00000000", "dob": "***"})
    assert form.ssn is None


def test_undashed_ssn_is_normalized():
    assert normalize_ssn("348721195") == "348-72-1195"


def test_dob_is_parsed(intake_payload):
    assert parse_intake_form(intake_payload).dob == date(1979, 8, 23)
