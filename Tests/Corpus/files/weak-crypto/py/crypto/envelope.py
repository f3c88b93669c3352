"""Envelope encryption for exported patient documents (AES-256-GCM, per-document data keys)."""
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class Sealed:
    nonce: bytes
    ciphertext: bytes
    wrapped_key: bytes


def seal(plaintext: bytes, kms) -> Sealed:
    data_key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    ciphertext = AESGCM(data_key).encrypt(nonce, plaintext, b"document-v3")
    return Sealed(nonce=nonce, ciphertext=ciphertext, wrapped_key=kms.wrap(data_key))


def open_sealed(sealed: Sealed, kms) -> bytes:
    data_key = kms.unwrap(sealed.wrapped_key)
    return AESGCM(data_key).decrypt(sealed.nonce, sealed.ciphertext, b"document-v3")
