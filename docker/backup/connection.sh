# Sourced by kringwerk-backup and kringwerk-restore: how to reach the Kringwerk database.
#
#   KRINGWERK_DB_NAME      the database (default: MARIADB_DATABASE, else kringwerk)
#   KRINGWERK_DB_USER      the migration account, which owns the schema (default: MARIADB_USER, as in
#                          the mariadb container of docker-compose.yml)
#   KRINGWERK_DB_PASSWORD  its password (default: MARIADB_PASSWORD)
#   KRINGWERK_DB_HOST      a host name for TCP (default: none, the server's local socket)
#   KRINGWERK_DB_PORT      the TCP port (default 3306)
#   KRINGWERK_DB_SSL       'off' for a server without TLS (Kringwerk's embedded MariaDB)
#
# The password goes to the MariaDB programs in a temporary file only its owner can read, never on a
# command line (where every user of the machine could see it in the process list).

database="${KRINGWERK_DB_NAME:-${MARIADB_DATABASE:-kringwerk}}"
db_user="${KRINGWERK_DB_USER:-${MARIADB_USER:-}}"
db_password="${KRINGWERK_DB_PASSWORD:-${MARIADB_PASSWORD:-}}"
if [ -z "$db_user" ]; then
  echo "Zet KRINGWERK_DB_USER en KRINGWERK_DB_PASSWORD (het migratie-account) / Set KRINGWERK_DB_USER and KRINGWERK_DB_PASSWORD (the migration account)" >&2
  exit 2
fi
if ! [[ "$database" =~ ^[A-Za-z0-9_]{1,64}$ ]]; then
  echo "Not a plain database name (letters, digits, _): $database" >&2
  exit 2
fi

work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT
client_options="$work_dir/client.cnf"
(
  umask 077
  {
    echo "[client]"
    echo "user=$db_user"
    # Option files read a value with quotes and backslashes as escapes: escape them.
    escaped="${db_password//\\/\\\\}"
    escaped="${escaped//\"/\\\"}"
    echo "password=\"$escaped\""
    if [ -n "${KRINGWERK_DB_HOST:-}" ]; then
      echo "host=$KRINGWERK_DB_HOST"
      echo "port=${KRINGWERK_DB_PORT:-3306}"
      echo "protocol=tcp"
    fi
    if [ "${KRINGWERK_DB_SSL:-}" = "off" ]; then
      echo "skip-ssl"
    fi
    echo "default-character-set=utf8mb4"
  } > "$client_options"
)

# Both programs have had two names; MariaDB 11 has the new ones, older clients only the old.
mariadb_client="$(command -v mariadb || command -v mysql || true)"
mariadb_dump="$(command -v mariadb-dump || command -v mysqldump || true)"
if [ -z "$mariadb_client" ] || [ -z "$mariadb_dump" ]; then
  echo "mariadb and mariadb-dump are needed (the MariaDB client programs) / install the MariaDB client programs" >&2
  exit 2
fi

# Triggers, views and routines name the account that made them (DEFINER). Restored elsewhere that
# account may not exist or may not be the restoring one, and MariaDB then refuses the statement (error
# 1227, or 1959 for the empty definer of an old embedded database) and the rest of the dump with it.
# Without the clause they belong to the account that restores, the schema's owner. Data lines
# (INSERT) are left exactly as they are.
strip_definers() {
  sed -E '/^INSERT INTO /!s/DEFINER=`([^`]|``)*`@`([^`]|``)*`//g'
}
