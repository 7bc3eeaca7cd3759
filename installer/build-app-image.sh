#!/usr/bin/env bash
# Builds a self-contained Second Look app image (its own Java runtime) with jpackage, from the jar
# and lib/ that `mvn package` left in target/. Usage:
#   mvn -q package -DskipTests && installer/build-app-image.sh [--type app-image|deb]
# Result: target/installer/SecondLook/bin/SecondLook (app image) or target/installer/*.deb.
set -euo pipefail
cd "$(dirname "$0")/.."

type=app-image
if [ "${1:-}" = "--type" ] && [ -n "${2:-}" ]; then type=$2; fi

if [ ! -f target/secondlook.jar ] || [ ! -d target/lib ]; then
  echo "target/secondlook.jar is missing: run 'mvn package -DskipTests' first." >&2
  exit 2
fi
if ! command -v jpackage >/dev/null 2>&1; then
  echo "jpackage is missing: install a full JDK 17 (Debian: apt-get install openjdk-17-jdk)." >&2
  exit 2
fi

# Stage only the jar and its libraries: never pass target/ itself as --input.
stage=target/dist
rm -rf "$stage" target/installer
mkdir -p "$stage" target/installer
cp target/secondlook.jar "$stage/"
cp -r target/lib "$stage/lib"

args=(--input "$stage" --main-jar secondlook.jar --main-class org.secondlook.app.Main
      --name SecondLook --app-version 0.1.0 --vendor "Second Look" --dest target/installer
      --description "Re-check applicants an AI screening tool sorted into the wrong training track"
      --java-options "-Xmx2g"
      --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands")
if [ -f resources/icons/secondlook.png ]; then args+=(--icon resources/icons/secondlook.png); fi

if [ "$type" = "deb" ]; then
  # jpackage's computed Depends: lacks what JavaFX and JNA load at run time (libargon2-1: the login's key
  # derivation in C; without it the login falls back to Java and is slower); add it by hand.
  args+=(--linux-package-deps "libgtk-3-0, libxtst6, libxxf86vm1, libgl1, libargon2-1" --linux-shortcut)
fi

jpackage --type "$type" "${args[@]}"
echo "Built $(ls -d target/installer/*)"
