# Sourced by .ci/run: a PostgreSQL for the reference server's suites from Debian's own
# package, in a cluster of its own (never the machine's `main`), and DATABASE_URL pointing at
# a database owned by an unprivileged role. Without root (no apt) it does nothing: the test
# run then starts a throwaway cluster itself (scripts/postgres.mjs) or fails saying why.
ci_postgres() {
  if [ -n "${DATABASE_URL:-}" ] || [ "$(id -u)" -ne 0 ]; then return 0; fi
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v pg_createcluster >/dev/null; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql
  fi
  local version cluster=ogp_ci port status
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { found = 1 } END { exit !found }'; then
    # C.UTF-8 always exists on Debian; a container's LANG may name a locale that does not.
    pg_createcluster --locale=C.UTF-8 "$version" "$cluster" >/dev/null
  fi
  port=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $3 }')
  status=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $4 }')
  if [ "$status" != online ]; then pg_ctlcluster "$version" "$cluster" start; fi
  CI_POSTGRES_CLUSTER="$version $cluster"
  local psql=(runuser -u postgres -- psql -p "$port" -X -q -v ON_ERROR_STOP=1)
  "${psql[@]}" -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ogp') THEN
        CREATE ROLE ogp LOGIN PASSWORD 'ogp';
      END IF;
    END \$\$;"
  if [ -z "$("${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = 'ogp_test'")" ]; then
    "${psql[@]}" -c 'CREATE DATABASE ogp_test OWNER ogp'
  fi
  export DATABASE_URL="postgres://ogp:ogp@127.0.0.1:${port}/ogp_test"
  echo "postgres: cluster $version/$cluster on 127.0.0.1:$port"
}

# Stops the cluster ci_postgres started (quietly: the run's last line stays the test count).
ci_postgres_stop() {
  if [ -n "${CI_POSTGRES_CLUSTER:-}" ]; then
    # shellcheck disable=SC2086
    pg_ctlcluster $CI_POSTGRES_CLUSTER stop >/dev/null 2>&1 || true
  fi
}
