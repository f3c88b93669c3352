import base64
import os

import jwt
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

AES_KEY = base64.b64decode("Vdc89M+8eHqAsynN0XES4VLStSw6Hu9FOickURSJBgs=")
NONCE_BYTES = 12


def encrypt_export(data: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(AES_KEY).encrypt(nonce, data, None)


def rotate_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def portal_token(user_id: str) -> str:
    return jwt.encode({"sub": user_id}, "kP9oI8uY7tR6eW5qA4sD3fG2hJ1kL0zX", algorithm="HS256")


def partner_token(user_id: str) -> str:
    return jwt.encode({"sub": user_id}, os.environ["PARTNER_JWT_SECRET"], algorithm="HS256")


def checksum(data: bytes) -> str:
    import hashlib
    return hashlib.sha256(data).hexdigest()


EXPECTED_BUNDLE_SHA256 = "4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce"
DB_PASSWORD = "pwY4uI7oP0aS3dF6"
