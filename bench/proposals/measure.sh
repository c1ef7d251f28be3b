#!/usr/bin/env bash
# Measures a proposed change: applies bench/proposals/<name>.patch to a copy of the project, builds
# the copy, and runs the benchmark before (this checkout) and after (the copy), back to back.
#   bench/proposals/measure.sh <name> [bench options]
set -euo pipefail
name="${1:?usage: bench/proposals/measure.sh <name> [bench options]}"
shift
root="$(cd "$(dirname "$0")/../.." && pwd)"
patch="$root/bench/proposals/$name.patch"
[ -f "$patch" ] || { echo "no such proposal: $patch" >&2; exit 1; }
work="${TMPDIR:-/tmp}/stancegraph-bench"
copy="$work/proposal-$name"

rm -rf "$copy"
mkdir -p "$copy"
# Sources, queries, schema and build config; node_modules and the built Neo4j launcher are shared.
cp -R "$root/src" "$root/cypher" "$root/schema.graphql" "$root/package.json" "$root/tsconfig.json" "$root/tsconfig.build.json" "$copy/"
[ -d "$root/data" ] && cp -R "$root/data" "$copy/"
ln -s "$root/node_modules" "$copy/node_modules"
ln -s "$root/neo4j" "$copy/neo4j"
(cd "$copy" && patch -p1 --quiet --forward < "$patch")
(cd "$copy" && "$root/node_modules/.bin/tsc" -p tsconfig.build.json)

cd "$root"
npm run build --silent
"$root/node_modules/.bin/tsc" -p bench/tsconfig.json
node dist-bench/bench/run.js --project-root="$copy" --proposal="$name" "$@"
