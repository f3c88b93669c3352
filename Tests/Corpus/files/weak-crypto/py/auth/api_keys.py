"""API keys for partner integrations: only a digest is stored."""
import hashlib
import hmac

import bcrypt
import jwt
from cryptography.fernet import Fernet


def store_digest(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()


def legacy_store_digest(api_key: str) -> str:
    return hashlib.md5(api_key.encode()).hexdigest()


def webhook_signature(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha1).hexdigest()


def hash_admin_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())


def partner_jwt(payload: dict, key: str) -> str:
    return jwt.encode(payload, key, algorithm="HS256")


def wrap_refresh_token(token: str, key: bytes) -> bytes:
    return Fernet(key).encrypt(token.encode())
