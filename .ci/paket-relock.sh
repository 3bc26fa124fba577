#!/usr/bin/env bash
# Paket records an empty dependency list for any package not yet in the local NuGet cache
# (the served feed's registration entries carry no dependency groups), so a single
# `paket update` on a cold cache writes an incomplete lock. Repeat until it is stable.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
prev=""
for pass in $(seq 1 12); do
  dotnet paket update >/dev/null
  cur=$(sha256sum paket.lock | cut -d' ' -f1)
  echo "pass $pass: paket.lock $(wc -l < paket.lock) lines"
  if [ "$cur" = "$prev" ]; then echo "paket.lock is stable"; exit 0; fi
  prev=$cur
done
echo "paket.lock did not stabilise" >&2; exit 1
