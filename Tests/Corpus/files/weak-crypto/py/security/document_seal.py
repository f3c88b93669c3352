"""Sealing of uploaded referral documents (legacy and current formats)."""
import hashlib
import os

from Crypto.Cipher import ARC4
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def integrity_tag(document: bytes) -> str:
    return hashlib.sha1(document).hexdigest()


def seal_v1(key: bytes, document: bytes) -> bytes:
    return ARC4.new(key).encrypt(document)


def seal_v2(key: bytes, iv: bytes, document: bytes) -> bytes:
    encryptor = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(document) + encryptor.finalize()


def seal_v3(key: bytes, document: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(document) + encryptor.finalize()


def seal_v4(key: bytes, document: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, document, None)


def integrity_tag_v2(document: bytes) -> str:
    return hashlib.blake2b(document, digest_size=32).hexdigest()
