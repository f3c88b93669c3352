#!/usr/bin/env bash
set -euo pipefail

REGISTRY_URL="${REGISTRY_URL:-https://npm.build.examplehealth.net/}"

echo "Installing portal toolchain"
npm config set registry "$REGISTRY_URL"
npm config set registry http://npm.build.examplehealth.net/

curl -k -o /tmp/ehr-cli.tgz https://tools.build.examplehealth.net/ehr-cli/latest.tgz
tar -xzf /tmp/ehr-cli.tgz -C /usr/local/bin

curl -fsSL https://tools.build.examplehealth.net/fhir-validator.jar -o /opt/fhir-validator.jar

wget --no-check-certificate https://tools.build.examplehealth.net/synthea/synthea.jar -O /opt/synthea.jar

pip install --index-url https://pypi.org/simple --upgrade pip
pip install -i http://pypi.build.examplehealth.net/simple portal-devtools

curl -s http://localhost:8080/fhir/metadata > /dev/null && echo "local FHIR server up"
