"""Intake queue consumer: turns portal intake forms into draft charts."""
import logging
import time

from .models import IntakeForm, Patient
from .validators import validate_ssn

logger = logging.getLogger("intake")


class IntakeError(Exception):
    pass


def process_intake(form: IntakeForm) -> Patient:
    started = time.monotonic()
    patient = Patient.from_form(form)
    logger.info("New intake for %s (DOB %s)", patient.full_name, patient.date_of_birth)
    if not validate_ssn(patient.ssn):
        raise IntakeError(f"invalid SSN {patient.ssn} on intake form {form.id}")

    patient.save()
    elapsed_ms = (time.monotonic() - started) * 1000
    logger.info("intake %s stored as patient %s", form.id, patient.id)
    logger.debug("intake took %.1f ms", elapsed_ms)
    return patient


def drain(queue) -> int:
    forms = queue.pop_all()
    logger.info("draining %d intake forms", len(forms))
    for form in forms:
        try:
            process_intake(form)
        except IntakeError:
            logger.exception("intake rejected: %s", form.payload)
    logger.warning("patient intake queue drained; backlog was %d", len(forms))
    return len(forms)
