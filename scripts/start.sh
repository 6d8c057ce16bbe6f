#!/usr/bin/env bash
# README's run command (`npm start`): installs dependencies when needed, then serves the app.
set -eu
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund; fi
exec node_modules/.bin/vite --host 127.0.0.1 --open=false "$@"
