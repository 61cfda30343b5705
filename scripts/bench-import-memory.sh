#!/usr/bin/env bash
# Peak memory (maximum resident set size) of `hopdan import` of a huge meeting: the sample
# meeting with its opinions repeated to OPINIONS rows (default 1,000,000; about 330 MB of
# opinions.csv), imported into an empty database; then of `hopdan export` of that meeting, which
# loads it whole; then of the app with that meeting open on its first item (in a detached tmux
# window of 200×60, as scripts/bench-memory.sh). Budget (BENCHMARKS.md): import ≤ 100 MB
# whatever the size. Linux only; needs python3, GNU time (/usr/bin/time) and tmux.
set -euo pipefail
. "$(dirname "$0")/screen.sh"
cd "$(dirname "$0")/.."
opinions="${1:-1000000}"
# HOPDAN=path/to/hopdan measures another build (an older one, for a before → after).
bin="${HOPDAN:-$PWD/target/release/hopdan}"
[ -x /usr/bin/time ] || { echo "needs GNU time (Debian: apt-get install time)" >&2; exit 1; }
command -v tmux >/dev/null || { echo "needs tmux (Debian: apt-get install tmux)" >&2; exit 1; }

[ -n "${HOPDAN:-}" ] || cargo build --release --quiet --bin hopdan
work="$(mktemp -d)"
session="hopdan-import-memory-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
dir="$work/huge"
cp -r sample-data/kiet-19-phu-loc-10 "$dir"
# The sample's rows first (the corrections name some of them), then copies of them with turn
# numbers past the sample's, spread over the items, until there are $opinions rows.
python3 - "$dir/opinions.csv" "$opinions" <<'PY'
import csv, sys
path, wanted = sys.argv[1], int(sys.argv[2])
with open(path, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
header, sample = rows[0], rows[1:]
next_turn = {}
for row in sample:
    next_turn[row[1]] = max(next_turn.get(row[1], 0), int(row[2]))
with open(path, "w", encoding="utf-8-sig", newline="") as f:
    out = csv.writer(f, lineterminator="\r\n")
    out.writerow(header)
    out.writerows(sample)
    for i in range(wanted - len(sample)):
        row = list(sample[i % len(sample)])
        next_turn[row[1]] += 1
        row[2] = str(next_turn[row[1]])
        out.writerow(row)
PY
echo "opinions.csv: $(( $(wc -l < "$dir/opinions.csv") )) lines, $(( $(stat -c %s "$dir/opinions.csv") / 1048576 )) MB"

peak() { # runs a command under GNU time; prints its wall time and peak RSS
    /usr/bin/time -f "%e s %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || {
        cat "$work/err" >&2; exit 1; }
    read -r seconds _ kb < "$work/time"
    echo "$seconds s, peak RSS $((kb / 1024)) MB"
}
echo "import: $(peak "$bin" --db "$work/huge.db" import "$dir")   budget ≤ 100 MB"
id="$(cat "$work/out")"
echo "export: $(peak "$bin" --db "$work/huge.db" export --meeting "$id" --out "$work/out-dir")"

tmux new-session -d -s "$session" -x 200 -y 60 "$bin --db $work/huge.db"
screen_has "$session" "Kiệt hẻm" 120
pid="$(tmux list-panes -t "$session" -F '#{pane_pid}')"
start="$(date +%s.%N)"
tmux send-keys -t "$session" Enter                  # the meeting, on its first item
screen_has "$session" "nội dung 1 (" 120
opened="$(date +%s.%N)"
sleep 1                                             # let the file check in the background end
peak_kb="$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")"
echo "app, the meeting open: $(echo "$opened - $start" | bc) s to the screen, peak RSS $((peak_kb / 1024)) MB"
tmux send-keys -t "$session" q
