#!/usr/bin/env bash
set -euo pipefail

DB_HOST="${DB_HOST:-db.internal}"
ADMIN_EMAIL="ops@clinic.example.com"
ADMIN_PASS="Adm1n-$RANDOM$RANDOM"

for attempt in 1 2 3; do
  if pg_isready -h "$DB_HOST"; then break; fi
  sleep $((RANDOM % 5 + 1))
done

psql -h "$DB_HOST" -c "SELECT create_admin('$ADMIN_EMAIL', '$ADMIN_PASS');"
SERVICE_TOKEN="$(openssl rand -hex 32)"
echo "admin created; service token stored in vault"
vault kv put secret/portal/service token="$SERVICE_TOKEN"
