#!/usr/bin/env bash
# Static check of the compose file: no Docker engine runs on these machines,
# but `docker-compose config` (Debian's docker-compose package) parses and
# validates it without one. Dummy values stand in for the required secrets.
set -euo pipefail
cd "$(dirname "$0")"
export POSTGRES_PASSWORD=check OWNER_DB_PASSWORD=check APP_DB_PASSWORD=check AUTH_JWKS_URL=https://idp.example/jwks.json AUDIT_SIGNING_KEY=check PERSONAL_DATA_KEY=check PAYLOAD_ENCRYPTION_KEYS=check
if command -v docker-compose >/dev/null 2>&1; then
  docker-compose -f docker-compose.yml config --quiet
elif docker compose version >/dev/null 2>&1; then
  docker compose -f docker-compose.yml config --quiet
else
  echo "neither docker-compose nor the docker compose plugin is installed" >&2
  exit 1
fi
echo "docker/docker-compose.yml: valid"
