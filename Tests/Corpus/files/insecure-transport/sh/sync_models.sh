#!/usr/bin/env bash
set -euo pipefail

MODEL_BUCKET="s3://deid-models/ner/v5"
LOCAL_DIR="/opt/models/ner"

aws s3 sync "$MODEL_BUCKET" "$LOCAL_DIR" --endpoint-url http://minio.ml.example.net:9000

wget -q https://artifacts.ml.example.net/ner/v5/labels.json -O "$LOCAL_DIR/labels.json"

curl --insecure -fsSL https://artifacts.ml.example.net/ner/v5/config.json -o "$LOCAL_DIR/config.json"

rsync -az -e ssh "$LOCAL_DIR/" deploy@inference.ml.example.net:/opt/models/ner/

sha256sum --check "$LOCAL_DIR/SHA256SUMS"
echo "models synced to $LOCAL_DIR"
