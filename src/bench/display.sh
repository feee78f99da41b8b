# Sourced by the scripts beside it: starts an Xvfb display when there is none, and stops it on exit,
# also when interrupted (with the commands the caller lists in $on_exit, and the paths in $cleanup_paths).
xvfb_pid=""
cleanup_paths=()
on_exit=()
cleanup() {
  for command in "${on_exit[@]}"; do eval "$command" || true; done
  rm -rf "${cleanup_paths[@]}"
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1440x900x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=:97
  sleep 1
fi
