"""Kiosk PIN reset and daily tips."""
import hashlib
import random

from django.utils.crypto import get_random_string

from .models import KioskPin, Tip

TIPS = list(Tip.objects.values_list("text", flat=True))


def reset_kiosk_pin(badge):
    code = random.randint(1000, 9999)
    KioskPin.objects.update_or_create(badge=badge, defaults={"pin": code})
    return code


def new_device_secret() -> str:
    return get_random_string(32)


def tip_of_the_day() -> str:
    return random.choice(TIPS)


def legacy_unlock_token(badge) -> str:
    token = hashlib.sha256(str(random.random()).encode()).hexdigest()
    KioskPin.objects.filter(badge=badge).update(unlock_token=token)
    return token
