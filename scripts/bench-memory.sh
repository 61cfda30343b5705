#!/usr/bin/env bash
# Peak memory (VmHWM) of the interface with the large database open: it starts in a detached
# tmux window of 200×60, opens the 2,000-turn meeting, scrolls through its opinions, types into
# the opinion editor, and switches items; then the peak resident set size is read from /proc.
# Budget (BENCHMARKS.md): ≤ 30 MB. Linux only; needs tmux.
set -euo pipefail
. "$(dirname "$0")/screen.sh"
cd "$(dirname "$0")/.."
command -v tmux >/dev/null || { echo "needs tmux (Debian: apt-get install tmux)" >&2; exit 1; }

cargo build --release --quiet --bin hopdan --example large_db
work="$(mktemp -d)"
session="hopdan-memory-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
db="$work/large.db"
target/release/examples/large_db "$db" >/dev/null

tmux new-session -d -s "$session" -x 200 -y 60 "$PWD/target/release/hopdan --db $db"
screen_has "$session" "1001" 10
pid="$(tmux list-panes -t "$session" -F '#{pane_pid}')"
tmux send-keys -t "$session" Enter                  # the open meeting: 2,000 turns on item 1
screen_has "$session" "(2000)" 10
tmux send-keys -t "$session" Tab                    # from the queue to the opinions pane
for _ in $(seq 40); do tmux send-keys -t "$session" Up Up Up Up Up; done
screen_has "$session" "1799\\." 10
tmux send-keys -t "$session" o                      # the editor of the speaker with the floor
tmux send-keys -t "$session" -l "Đồng ý mở rộng kiệt lên 3 m, đề nghị làm cống thoát nước trước."
screen_has "$session" "thoát nước trước" 10
tmux send-keys -t "$session" Escape Right Right Left Left
sleep 1                                             # let the file check in the background end
grep -E "VmHWM|VmRSS" "/proc/$pid/status"
peak_kb="$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")"
echo "peak RSS: $((peak_kb / 1024)) MB   budget ≤ 30 MB"
tmux send-keys -t "$session" q
