"""Encrypts scanned referral attachments before they are queued for the fax relay."""
import os

from Crypto.Cipher import AES, DES3
from cryptography.hazmat.primitives.asymmetric import rsa

KEY = bytes.fromhex(os.environ["ATTACHMENT_KEY_HEX"])
ZERO_IV = bytes(16)


def encrypt_v1(data: bytes) -> bytes:
    cipher = AES.new(KEY, AES.MODE_ECB)
    pad = 16 - len(data) % 16
    return cipher.encrypt(data + bytes([pad]) * pad)


def encrypt_v2(data: bytes) -> bytes:
    nonce = os.urandom(12)
    cipher = AES.new(KEY, AES.MODE_GCM, nonce=nonce)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return nonce + tag + ciphertext


def encrypt_fax_legacy(data: bytes, key24: bytes) -> bytes:
    cipher = DES3.new(key24, DES3.MODE_CBC, iv=b"\x00" * 8)
    pad = 8 - len(data) % 8
    return cipher.encrypt(data + bytes([pad]) * pad)


def relay_signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def archive_signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)
