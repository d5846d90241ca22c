#!/usr/bin/env bash
# Installs the few system packages the project needs from Debian, once: Chromium for the
# browser tests (Playwright drives Debian's build; nothing downloads browsers elsewhere), and
# ffmpeg for multimedia.
# Safe to run repeatedly; does nothing when everything is present.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# Chromium renders the bundled web font, but axe and screenshots need a base font set too.
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
# ffprobe reads the duration of uploaded videos and audio, ffmpeg draws a video's poster frame and
# the demo seed makes its sample videos and recordings with it. Optional: without it the CMS still
# accepts uploads but asks the editor for the duration and a poster, and the seed uses embedded
# videos and skips the recordings.
command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)

if [ ${#missing[@]} -eq 0 ]; then exit 0; fi

if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "Cổng needs these Debian packages: ${missing[*]} — install them with: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing system packages: ${missing[*]} (Debian apt)…"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Installed: ${missing[*]}"
