#!/usr/bin/env bash
# The explorer's browser tests drive Debian's chromium through chromedriver. `mvn verify` runs this
# before the tests (and .ci/run through it), so the README's test command needs nothing installed by
# hand where the machine can install packages (root with apt-get); elsewhere it says what is missing.
set -euo pipefail

if command -v chromium > /dev/null && command -v chromedriver > /dev/null; then
    exit 0
fi
if [[ "$(id -u)" -eq 0 ]] && command -v apt-get > /dev/null; then
    echo "Installing Debian's chromium and chromium-driver for the explorer's browser tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
else
    echo "chromium and chromedriver are missing and cannot be installed here (root and apt-get needed):" \
        "the explorer's browser tests will fail. Install Debian's chromium and chromium-driver." >&2
fi
