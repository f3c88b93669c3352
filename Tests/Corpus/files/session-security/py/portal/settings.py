import os
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = ["portal.clinic.example.org"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "rest_framework",
    "charts",
    "scheduling",
]

SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_NAME = "portal_sid"
SESSION_COOKIE_AGE = 15 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

SESSION_COOKIE_HTTPONLY = False

SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = True

CSRF_COOKIE_SECURE = False

CSRF_TRUSTED_ORIGINS = ["https://portal.clinic.example.org"]
SECURE_HSTS_SECONDS = 31536000
SECURE_SSL_REDIRECT = True

LANGUAGE_COOKIE_NAME = "portal_lang"

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=10),
    "REFRESH_TOKEN_LIFETIME": timedelta(hours=8),
    "ALGORITHM": "RS256",
    "SIGNING_KEY": os.environ.get("JWT_PRIVATE_KEY", ""),
    "VERIFYING_KEY": os.environ.get("JWT_PUBLIC_KEY", ""),
}
