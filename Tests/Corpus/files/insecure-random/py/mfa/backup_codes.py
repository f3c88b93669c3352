"""Backup codes and device enrolment for two-factor sign-in."""
import os
import random
import secrets
from hashlib import sha256

import numpy as np


def backup_codes(n: int = 10) -> list[str]:
    return [f"{random.randrange(10**8):08d}" for _ in range(n)]


def enrolment_secret() -> bytes:
    return os.urandom(20)


def device_salt() -> bytes:
    salt = bytes(random.getrandbits(8) for _ in range(16))
    return salt


def hashed_backup_code(code: str) -> str:
    return sha256(code.encode()).hexdigest()


def recovery_pin() -> str:
    pin = np.random.randint(0, 10, size=6)
    return "".join(map(str, pin))


def cohort_split(patient_ids: list[str], fraction: float = 0.2) -> list[str]:
    rng = random.Random(42)
    return rng.sample(patient_ids, int(len(patient_ids) * fraction))


def magic_link_nonce() -> str:
    return secrets.token_urlsafe(16)
