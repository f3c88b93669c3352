"""Caregiver invitations, temporary passwords and SMS verification codes."""
import random
import secrets
import string

from .models import CaregiverInvite, VerificationCode

ALPHABET = string.ascii_uppercase + string.digits


def new_invite_code() -> str:
    return "".join(random.choice(ALPHABET) for _ in range(8))


def new_verification_code(user) -> str:
    code = str(random.randint(100000, 999999))
    VerificationCode.objects.create(user=user, code=code)
    return code


def new_temporary_password() -> str:
    return secrets.token_urlsafe(12)


def new_session_key() -> str:
    return "%032x" % random.getrandbits(128)


def new_api_key() -> str:
    return secrets.token_hex(32)


def pick_reviewers(staff: list, k: int = 2) -> list:
    return random.sample(staff, k)


def retry_delay(attempt: int) -> float:
    return min(30.0, 2 ** attempt) + random.uniform(0, 1)
