#!/bin/sh
# Validates an add-in manifest offline against the Office XML schemas (xmllint, Debian's libxml2-utils).
# Usage: sh scripts/validate-manifest.sh [MANIFEST]   (default: manifest.xml; e.g. dist/manifest.xml after a build)
# The schemas live outside the repo, in ../shared/office-schemas/ (CI clones the repo with shared/ beside it);
# PLANKOLL_SCHEMAS overrides that folder.
set -eu
cd "$(dirname "$0")/.."
manifest="${1:-manifest.xml}"
schemas="${PLANKOLL_SCHEMAS:-../shared/office-schemas}"
if ! command -v xmllint >/dev/null 2>&1; then
  echo "validate-manifest: xmllint is missing (apt-get install libxml2-utils)" >&2
  exit 2
fi
if [ ! -f "$schemas/OfficeAppManifestV1_1.xsd" ]; then
  echo "validate-manifest: no schemas at $schemas (set PLANKOLL_SCHEMAS)" >&2
  exit 2
fi
xmllint --noout --schema "$schemas/OfficeAppManifestV1_1.xsd" "$manifest"
