#!/bin/sh
# Makes the upgrade fixtures of testdata/upgrade: for each released
# version of Schakel (a landing on main), a database made by that version
# through its real flow (generate/main.go, compiled inside a checkout of
# that commit) and what its API answered. TestUpgradeFromReleasedVersions
# (cmd/schakel) opens each with today's binary and compares.
#
#   testdata/upgrade/generate.sh [POSTGRES-URL]
#
# With a PostgreSQL URL (a role that may create schemas) it also makes a
# plain SQL dump of each version's database on PostgreSQL.
#
# Add a line below when a version with a new schema lands on main.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
pg=${1:-}
export GOFLAGS=-mod=mod GOTOOLCHAIN=local

gen() {
	name=$1 commit=$2 schema=$3 tags=$4
	tmp=$(mktemp -d)
	wt=$tmp/schakel
	trap 'git -C "$repo" worktree remove --force "$wt" 2>/dev/null; rm -rf "$tmp"' EXIT
	git -C "$repo" worktree add --quiet --detach "$wt" "$commit"
	mkdir -p "$wt/cmd/upgradegen"
	cp "$here"/generate/*.go "$wt/cmd/upgradegen/"
	out=$here/$name-sqlite
	rm -rf "$out"
	mkdir -p "$out"
	(cd "$wt" && go run -tags "$tags" ./cmd/upgradegen --db "$out/schakel.db" --out "$out" --commit "$commit" --schema "$schema")
	if [ -n "$pg" ]; then
		s=upgrade_$(echo "$name" | tr -c 'a-z0-9\n' '_')
		out=$here/$name-postgres
		rm -rf "$out"
		mkdir -p "$out"
		psql -q "$pg" -c "SET client_min_messages = warning" -c "DROP SCHEMA IF EXISTS $s CASCADE" -c "CREATE SCHEMA $s"
		case $pg in *\?*) sep='&' ;; *) sep='?' ;; esac
		(cd "$wt" && go run -tags "$tags" ./cmd/upgradegen --db "$pg${sep}search_path=$s" --out "$out" --commit "$commit" --schema "$schema")
		pg_dump "$pg" --schema="$s" --no-owner --no-privileges --no-comments --inserts >"$out/dump.sql"
		psql -q "$pg" -c "SET client_min_messages = warning" -c "DROP SCHEMA $s CASCADE"
	fi
	git -C "$repo" worktree remove --force "$wt"
	rm -rf "$tmp"
	trap - EXIT
}

# The state of main just before field encryption landed (schema 1–3).
gen schema-003 4e4efd50068e1a8cb7e6eb3f3a5bd051c0120f01 3 schakel_v3
# main with field encryption and the privacy work (schema 1–4).
gen schema-004 11438f1790b1daf050b11b05c143b173165dded4 4 ""
