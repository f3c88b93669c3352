"""Token helpers kept for the v1 kiosk API."""
import os

import jwt
from jose import jwt as jose_jwt

KIOSK_KEY = os.environ["KIOSK_JWT_KEY"]
ISSUER = "https://auth.clinic.example.org/"


def kiosk_identity(token: str) -> str:
    payload = jwt.decode(token, KIOSK_KEY, algorithms=["HS256", "none"])
    return payload["device"]


def kiosk_identity_v2(token: str) -> str:
    payload = jwt.decode(token, KIOSK_KEY, algorithms=["HS256"], issuer=ISSUER)
    return payload["device"]


def legacy_identity(token: str) -> str:
    payload = jwt.decode(token, KIOSK_KEY, verify=False)
    return payload["sub"]


def token_expiry(token: str) -> int:
    payload = jwt.decode(token, KIOSK_KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    return payload["exp"]


def partner_subject(token: str) -> str:
    claims = jose_jwt.get_unverified_claims(token)
    return claims["sub"]


def issue_kiosk_token(device_id: str) -> str:
    return jwt.encode({"device": device_id, "iss": ISSUER}, KIOSK_KEY, algorithm="HS256")
