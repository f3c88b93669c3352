"""Production settings for the patient portal (Django)."""
import os

from .base import *

DEBUG = False
ALLOWED_HOSTS = ["portal.example-health.internal"]

SECRET_KEY = "9m*8#b*t0q3z15zfizzso9ccq=yi*49o%8ec!jd5x0g9_##xsi"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "portal",
        "USER": "portal_app",
        "PASSWORD": "i3VUBfi4NnCj5UNMKv",
        "HOST": "portal-db.prod.internal",
        "PORT": "5432",
    }
}

EMAIL_HOST = "smtp.example-health.internal"
EMAIL_HOST_USER = "no-reply@example.org"
EMAIL_HOST_PASSWORD = os.environ["EMAIL_HOST_PASSWORD"]

PASSWORD_RESET_TIMEOUT = 3600
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 12}},
]

SENTRY_DSN = "https://89a44b3b3b1b0a02d80d11fd0d05c9c8:4b76408ab6a72db90f2c7ed6b564fcbb@o448812.ingest.sentry.io/5512093"

CELERY_BROKER_URL = "amqp://portal:wEhBSKM6#z#gO0Pd@mq.prod.internal:5672/portal"
CELERY_RESULT_BACKEND = "redis://cache.prod.internal:6379/1"

SESSION_COOKIE_AGE = 900
