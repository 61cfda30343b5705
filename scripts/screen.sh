# Sourced by the benchmark scripts that drive hopdan in tmux.
# screen_has SESSION TEXT SECONDS: waits until the screen of SESSION shows TEXT, at most SECONDS.
screen_has() {
    for _ in $(seq $(( $3 * 10 ))); do
        tmux capture-pane -p -t "$1" | grep -q "$2" && return 0
        sleep 0.1
    done
    echo "the screen never showed: $2" >&2; tmux capture-pane -p -t "$1" >&2; exit 1
}
