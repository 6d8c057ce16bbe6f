#!/usr/bin/env bash
# The one test command (README: `npm test`). Installs what a fresh machine lacks, runs every suite,
# and ends with a plain "N passed, N failed" line summed over all of them.
set -u
cd "$(dirname "$0")/.."
mkdir -p test-results

# System packages for the browser tests: Debian's Chromium and a CJK font.
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "noto.*cjk"; then
  echo "== installing chromium and fonts-noto-cjk"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
# The slide and handout tests read what they export: LibreOffice converts the .pptx, poppler counts
# and renders PDF pages.
if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  echo "== installing libreoffice-impress and poppler-utils"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-impress poppler-utils >/dev/null
fi
# The .pptx names Arial; LibreOffice draws it in the metric-compatible Liberation Sans.
if ! fc-list 2>/dev/null | grep -qi "liberation sans"; then
  echo "== installing fonts-liberation2"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-liberation2 >/dev/null
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"; npm ci --no-audit --no-fund || { echo "0 passed, 1 failed"; exit 1; }
fi

passed=0; failed=0
step() { # a named check that counts as one test
  local name="$1"; shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "!! $name FAILED"; fi
}
vitest_suite() { # a vitest run whose individual tests are counted
  local name="$1" config="$2"
  echo "== $name"
  node_modules/.bin/vitest run --config "$config" --reporter=default --reporter=json --outputFile="test-results/$name.json"
  local rc=$?
  if [ -f "test-results/$name.json" ]; then
    # Tests that never ran because their file failed to load count as failed, not as skipped.
    read -r p f < <(node -e '
      const r = require(process.argv[1]);
      const unrun = r.testResults.filter((s) => s.status === "failed")
        .flatMap((s) => s.assertionResults).filter((t) => t.status !== "passed" && t.status !== "failed").length;
      // Plain text: console.log colours numbers when FORCE_COLOR is set.
      process.stdout.write(`${r.numPassedTests} ${r.numFailedTests + unrun + (r.numTotalTests === 0 ? 1 : 0)}\n`);' "$PWD/test-results/$name.json")
    # Anything but two plain counts means the report could not be read: a failure, never a pass.
    if ! [[ "$p" =~ ^[0-9]+$ && "$f" =~ ^[0-9]+$ ]]; then p=0; f=1; echo "!! $name: unreadable report"; fi
    passed=$((passed + p)); failed=$((failed + f))
    [ $rc -ne 0 ] && [ "$f" -eq 0 ] && failed=$((failed + 1))
  else
    failed=$((failed + 1))
  fi
}

step "check:data" npm run -s check:data
step "typecheck" npm run -s typecheck
step "lint" npm run -s lint
vitest_suite unit vite.config.ts
if [ -f vitest.e2e.config.ts ]; then
  # tsc ran in the typecheck step: the build step only bundles.
  step "build" node_modules/.bin/vite build --logLevel warn
  vitest_suite e2e vitest.e2e.config.ts
  # Not a timed test (machines are noisy): one run at 1× proves the benchmark works.
  step "bench smoke (1x)" npm run -s bench -- --smoke --no-build
fi

echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
