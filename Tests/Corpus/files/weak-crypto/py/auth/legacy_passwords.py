"""Password storage for the legacy patient portal (migrating users on next login)."""
import hashlib
import hmac
import os

import bcrypt

LEGACY_SALT = os.environ.get("LEGACY_SALT", "")


def legacy_hash(password: str) -> str:
    return hashlib.md5((LEGACY_SALT + password).encode("utf-8")).hexdigest()


def legacy_verify(password: str, stored: str) -> bool:
    return hmac.compare_digest(legacy_hash(password), stored)


def sign_reset_link(user_id: int, expires: int) -> str:
    payload = f"{user_id}:{expires}".encode()
    return hashlib.sha1(payload + LEGACY_SALT.encode()).hexdigest()


def sign_reset_link_v2(user_id: int, expires: int, key: bytes) -> str:
    payload = f"{user_id}:{expires}".encode()
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def derive_key(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000)


def derive_key_v2(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def fast_hash_for_tests(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4))


def new_hash(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))
