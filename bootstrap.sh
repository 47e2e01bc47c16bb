#!/usr/bin/env bash
# Sets gcsj up on Debian 12: installs the missing build and test dependencies with apt, builds, and runs
# `gcsj validate` on the bundled example registry.
set -euo pipefail
cd "$(dirname "$0")"

packages=(git cmake make g++ libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev libgit2-dev libxlsxwriter-dev libcmark-dev nlohmann-json3-dev pkg-config
          neovim python3 python3-jsonschema python3-openpyxl python3-yaml python3-icalendar python3-docx pandoc groff-base gettext i18nspector hunspell hunspell-fr hunspell-es
          chromium chromium-driver fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake --workflow --preset default
echo
echo "$ build/cli/gcsj validate examples/registry"
build/cli/gcsj validate examples/registry
