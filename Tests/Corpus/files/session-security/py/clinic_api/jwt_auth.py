import os

import jwt
from jwt import PyJWKClient
from rest_framework import authentication, exceptions

ISSUER = "https://auth.clinic.example.org/"
AUDIENCE = "chart-api"
jwks_client = PyJWKClient(os.environ.get("JWKS_URL", "https://auth.clinic.example.org/.well-known/jwks.json"))


class ClinicianJWTAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return None
        token = header.removeprefix("Bearer ")
        try:
            signing_key = jwks_client.get_signing_key_from_jwt(token)
            claims = jwt.decode(
                token,
                signing_key.key,
                algorithms=["RS256"],
                audience=AUDIENCE,
                issuer=ISSUER,
                options={"require": ["exp", "iat", "sub"]},
            )
        except jwt.PyJWTError as exc:
            raise exceptions.AuthenticationFailed("invalid token") from exc
        return (self.load_clinician(claims["sub"]), claims)

    def load_clinician(self, subject):
        from accounts.models import Clinician
        return Clinician.objects.get(external_id=subject)
