#!/usr/bin/env bash
# Installs every Debian 12 package Compute Studio needs to build, run and test.
# Idempotent: when everything is present it asks dpkg once and exits (no apt-get update).
set -euo pipefail

build=(
  build-essential cmake ninja-build pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-charts-dev qt6-webengine-dev qt6-svg-dev libgl-dev
  libssh-dev nlohmann-json3-dev libqscintilla2-qt6-dev qtkeychain-qt6-dev
  cppzmq-dev libzmq3-dev libyaml-cpp-dev
)
runtime=(
  qt6-qpa-plugins qt6-translations-l10n fonts-noto-cjk
  libsecret-1-0   # QtKeychain loads it (dlopen) to reach the Secret Service (GNOME Keyring, …)
)
tests=(
  xvfb xauth openssh-server openssh-client slurm-wlm munge
  python3 python3-ipykernel python3-jupyter-client python3-nbformat
  sqlite3 git
  python3-venv python3-pip python3-wheel   # system-managed environments (venv + pip)
  python3-numpy python3-sklearn python3-matplotlib python3-torch   # training scripts in tests
  dbus-daemon gnome-keyring libsecret-tools   # a private bus + real keyring (tests/support/keyring.*)
)

want=("${build[@]}" "${runtime[@]}" "${tests[@]}")
# One dpkg-query for all: a package dpkg has never heard of prints no line, so compare
# the installed set against the wanted list instead of parsing errors.
installed=" $(dpkg-query -W -f='${Package}:${db:Status-Status} ' "${want[@]}" 2>/dev/null || true) "
missing=()
for p in "${want[@]}"; do
  [[ "$installed" == *" $p:installed "* ]] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
# Package scripts must not start daemons (sshd, slurmctld, munged) on the machine:
# the tests start their own on 127.0.0.1 and stop them afterwards.
policy=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
  $sudo chmod +x "$policy"
  created_policy=1
fi
trap '[ $created_policy -eq 1 ] && $sudo rm -f "$policy"' EXIT
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
