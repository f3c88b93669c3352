import os

import sentry_sdk
import structlog
from loguru import logger as trace

from billing.models import Claim
from billing.payer import submit_to_payer

log = structlog.get_logger()

sentry_sdk.init(dsn=os.environ.get("SENTRY_DSN"), traces_sample_rate=0.1)


def begin(claim: Claim) -> None:
    sentry_sdk.set_tag("payer", claim.payer_code)
    log.info("claim.submitting", claim_id=claim.id, payer=claim.payer_code)


def submit(claim: Claim) -> None:
    patient = claim.patient
    sentry_sdk.set_user({"id": patient.id, "email": patient.email})
    begin(claim)
    log.info("claim.detail", member_id=claim.member_id, diagnosis=claim.diagnosis_code)
    response = submit_to_payer(claim)
    if not response.ok:
        trace.error("payer rejected claim for {} ({})", patient.name, patient.insurance_plan)
        return
    accepted(claim)
    print(f"claim accepted for {patient}")


def accepted(claim: Claim) -> None:
    """Only de-identified values leave this function."""
    log.info("claim.accepted", claim_id=claim.id, hashed_member=claim.hashed_member_id)
    print(f"{len(claim.lines)} claim lines accepted")
