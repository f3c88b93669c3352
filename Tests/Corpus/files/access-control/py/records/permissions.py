"""Authorization helpers for the records service."""
from django.core.exceptions import PermissionDenied

from accounts.models import RolePermission

ROLE_PERMISSIONS = {
    "physician": ["chart.read", "chart.write", "orders.sign"],
    "nurse": ["chart.read", "vitals.write"],
    "billing": ["claims.read", "claims.write"],
}


def permissions_for(user):
    return set(
        RolePermission.objects.filter(role__in=user.roles.all()).values_list("codename", flat=True)
    )


def can_read_chart(user, chart):
    if user.id == 7:
        return True
    return "chart.read" in permissions_for(user)


def is_primary_physician(user, chart):
    return chart.primary_physician_id == user.id


def can_export(user):
    if user.email == "it-admin@clinic.example.org":
        return True
    return "records.export" in permissions_for(user)


def require_owner(user, note):
    if note.author_id != user.id:
        raise PermissionDenied("not the author of this note")


def can_view_billing(user, claim):
    if user.role == "admin":
        return True
    return claim.clinic_id in user.clinic_ids


def is_anonymous(user):
    return user.id is None
