#!/usr/bin/env bash
# Adds a migration with the same name for both providers, so a schema change is never half-done.
# usage: bash scripts/add-migration.sh AddSomething
set -euo pipefail
name=${1:?usage: add-migration.sh MigrationName}
cd "$(dirname "$0")/../src/Host"
dotnet tool restore >/dev/null
dotnet build -nologo -v q
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build \
    --context "${provider}OrchestratorDbContext" \
    --output-dir "Persistence/Migrations/$provider"
done
