#!/usr/bin/env bash
# Times hopdan against SQLite's own shell on the same large database, in the same run:
#   - export: `hopdan export --all` (the four CSV files of every meeting, 100,000 opinions)
#     against `sqlite3 -csv` running the same four queries into four files;
#   - start-up: `hopdan list` against `sqlite3` counting the meetings.
# Prints the median of each and the ratio. Budgets (BENCHMARKS.md): export ratio ≤ 1.0,
# list ratio ≤ 2.0.
#
# Usage: scripts/bench-export.sh [RUNS]     (default 15 runs each; needs sqlite3 and hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-15}"

for tool in sqlite3 hyperfine; do
    command -v "$tool" >/dev/null || { echo "needs $tool (Debian: apt-get install $tool)" >&2; exit 1; }
done

cargo build --release --quiet --bin hopdan --example large_db
hopdan=target/release/hopdan
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/large.db"
target/release/examples/large_db "$db"
mkdir -p "$work/hopdan" "$work/sqlite"

# The columns and order of SPEC §4, computed columns (not_voting, result) left to SQL where
# SQL can say them; the result needs the decision rules, so sqlite3 writes an empty cell.
queries=(
"SELECT id AS meeting_id, title, ward, residential_group, location, started_at,
        ifnull(ended_at, '') AS ended_at, chair, chair_title, secretary, households_total,
        households_present, status FROM meetings ORDER BY id"
"SELECT meeting_id, item_no, title, description, vote_base, threshold
   FROM agenda_items ORDER BY meeting_id, item_no"
"SELECT meeting_id, item_no, turn_no, speaker_name, speaker_address, stance, opinion,
        started_at, duration_s FROM opinions ORDER BY meeting_id, item_no, turn_no"
"SELECT meeting_id, item_no, vote_no, voted_at, households_total, households_present,
        votes_for, votes_against, votes_abstain,
        households_present - votes_for - votes_against - votes_abstain AS not_voting,
        vote_base, threshold, '' AS result, corrections
   FROM votes ORDER BY meeting_id, item_no, vote_no"
)
names=(meeting agenda opinions votes)
sqlite_export="$work/sqlite-export.sh"
{
    echo "set -e"
    for i in 0 1 2 3; do
        printf "sqlite3 -csv -header %q %q > %q\n" "$db" "${queries[$i]}" "$work/sqlite/${names[$i]}.csv"
    done
} > "$sqlite_export"

median() { # hyperfine JSON → median seconds of each command, one per line
    python3 -c 'import json,sys; [print(r["median"]) for r in json.load(open(sys.argv[1]))["results"]]' "$1"
}
ratio() { python3 -c 'import sys; a,b=map(float,sys.argv[1:]); print(f"{a*1000:.1f} ms vs {b*1000:.1f} ms: ratio {a/b:.2f}")' "$1" "$2"; }

hyperfine --style basic --warmup 2 --runs "$runs" --export-json "$work/export.json" \
    -n "hopdan export --all" "$hopdan --db $db export --all --out $work/hopdan" \
    -n "sqlite3 -csv (4 queries)" "bash $sqlite_export"
hyperfine --style basic -N --warmup 3 --runs "$((runs * 2))" --export-json "$work/list.json" \
    -n "hopdan list" "$hopdan --db $db list" \
    -n "sqlite3 count(*)" "sqlite3 $db 'SELECT count(*) FROM meetings'"

echo
echo "opinions written: $(($(wc -l < "$work/sqlite/opinions.csv") )) lines by sqlite3, $(wc -l < "$work/hopdan/opinions.csv") by hopdan (multi-line opinions span lines)"
mapfile -t export < <(median "$work/export.json")
mapfile -t list < <(median "$work/list.json")
echo "export (median): hopdan $(ratio "${export[0]}" "${export[1]}")   budget ≤ 1.00"
echo "list   (median): hopdan $(ratio "${list[0]}" "${list[1]}")   budget ≤ 2.00"
