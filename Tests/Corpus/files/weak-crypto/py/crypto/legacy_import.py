"""Decrypt archives exported by the retired scheduling system."""
from Crypto.Cipher import AES, Blowfish, DES
from Crypto.Protocol.KDF import PBKDF2
from Crypto.Random import get_random_bytes


def archive_key(password: str, salt: bytes) -> bytes:
    return PBKDF2(password, salt, dkLen=32, count=1000)


def open_v1(key: bytes, iv: bytes, blob: bytes) -> bytes:
    return Blowfish.new(key, Blowfish.MODE_CBC, iv).decrypt(blob)


def open_v2(key: bytes, blob: bytes) -> bytes:
    return DES.new(key, DES.MODE_ECB).decrypt(blob)


def seal_v3(key: bytes, data: bytes) -> bytes:
    iv = get_random_bytes(16)
    cipher = AES.new(key, AES.MODE_CBC, iv=iv)
    pad = 16 - len(data) % 16
    return iv + cipher.encrypt(data + bytes([pad]) * pad)
