#!/usr/bin/env bash
# Debian packages the test suite needs beyond Python: headless Chromium for the
# real-browser checks of rendered reports. Idempotent; skipped when already present.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium missing: run 'sudo bash .ci/system-deps.sh' (browser tests will be skipped)" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
