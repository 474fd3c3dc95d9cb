#!/bin/bash
# Kringwerk's runtime account: rows only (SELECT, INSERT, UPDATE, DELETE on the kringwerk schema), so
# the application cannot drop the journal's triggers, empty a table or change the schema. The schema
# belongs to MARIADB_USER, the migration account that Flyway uses. See SECURITY.md.
#
# The mariadb image runs this once, when it creates the database. On a database made before, run it once:
#   docker compose exec db bash /docker-entrypoint-initdb.d/10-kringwerk-runtime-account.sh
# Running it again sets the password from .env again and leaves exactly these rights.
# A shell script, not .sql: the password comes from the environment, never from a file in git.
(
  set -euo pipefail
  user="${KRINGWERK_RUNTIME_USER:-kringwerk_app}"
  database="${MARIADB_DATABASE:-kringwerk}"
  password="${KRINGWERK_RUNTIME_PASSWORD:?set DB_PASSWORD in .env}"
  # Inside a single-quoted SQL string: double each backslash and each quote.
  password="${password//\\/\\\\}"
  password="${password//\'/\'\'}"

  run_sql() {
    if declare -F docker_process_sql > /dev/null; then
      docker_process_sql --database=mysql # the image's first start: its own root session
    else
      MYSQL_PWD="${MARIADB_ROOT_PASSWORD:?}" mariadb --user=root --database=mysql
    fi
  }

  run_sql <<SQL
CREATE USER IF NOT EXISTS '${user}'@'%' IDENTIFIED BY '${password}';
ALTER USER '${user}'@'%' IDENTIFIED BY '${password}';
REVOKE ALL PRIVILEGES, GRANT OPTION FROM '${user}'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON \`${database}\`.* TO '${user}'@'%';
SQL
  echo "Kringwerk: runtime account '${user}' may read and write rows of ${database}, nothing else."
)
