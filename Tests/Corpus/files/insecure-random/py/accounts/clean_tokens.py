"""Tokens for patient-portal flows, all from the secrets module."""
import secrets
import string

DIGITS = string.digits


def reset_token() -> str:
    return secrets.token_urlsafe(32)


def otp_code(length: int = 6) -> str:
    return "".join(secrets.choice(DIGITS) for _ in range(length))


def csrf_token() -> str:
    return secrets.token_hex(16)


def device_pairing_pin() -> str:
    return f"{secrets.randbelow(10**6):06d}"
