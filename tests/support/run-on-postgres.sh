#!/usr/bin/env bash
# Runs one test executable against PostgreSQL, or reports it skipped (exit 77) with the reason.
if [[ -z "${SIGNALBOX_TEST_PG_URL:-}" ]]; then
    echo "SKIPPED: no PostgreSQL server given (set SIGNALBOX_TEST_PG_URL, or run through scripts/with-postgres.sh)"
    exit 77
fi
exec "$@"
