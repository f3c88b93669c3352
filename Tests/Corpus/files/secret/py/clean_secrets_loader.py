"""Loads integration credentials at start-up; nothing secret lives in the code."""
import json
import os

import boto3

SECRET_ID = "prod/claims-gateway/credentials"
TOKEN_TTL_SECONDS = 1800
MIN_PASSWORD_LENGTH = 14
API_KEY_HEADER = "X-Api-Key"


def load_credentials(region: str = "us-east-1") -> dict:
    client = boto3.client("secretsmanager", region_name=region)
    payload = client.get_secret_value(SecretId=SECRET_ID)
    creds = json.loads(payload["SecretString"])
    return {
        "api_key": creds["api_key"],
        "password": creds["password"],
        "token_ttl": TOKEN_TTL_SECONDS,
    }


def database_url() -> str:
    password = os.environ.get("CLAIMS_DB_PASSWORD", "")
    user = os.getenv("CLAIMS_DB_USER", "claims")
    host = os.getenv("CLAIMS_DB_HOST", "localhost")
    return f"postgresql://{user}:{password}@{host}:5432/claims"


def password_is_strong(candidate: str) -> bool:
    return len(candidate) >= MIN_PASSWORD_LENGTH and not candidate.isalpha()
