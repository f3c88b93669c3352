"""Synthetic patient factories for the integration test suite."""
import random
import uuid

from faker import Faker

fake = Faker()
random.seed(20240611)
Faker.seed(20240611)


def synthetic_patient() -> dict:
    return {
        "id": str(uuid.uuid4()),
        "given": fake.first_name(),
        "family": fake.last_name(),
        "age": random.randint(18, 90),
        "mrn": f"TEST{random.randint(0, 999999):06d}",
    }


def synthetic_user() -> dict:
    return {
        "username": fake.user_name(),
        "password": "".join(random.choices("abcdefghjkmnpqrstuvwxyz23456789", k=16)),
        "avatar_color": random.choice(["#1f77b4", "#ff7f0e", "#2ca02c"]),
    }
