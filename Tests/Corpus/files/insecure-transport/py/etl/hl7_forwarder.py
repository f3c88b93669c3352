"""Forward ADT feeds from the interface engine to the regional HIE."""
import os

import boto3
import httpx

HIE_ENDPOINT = os.environ.get("HIE_ENDPOINT", "http://hie-gateway.region.example.org:8081/adt")
ARCHIVE_BUCKET = "adt-archive"
CA_BUNDLE = "/etc/pki/tls/certs/hie-ca.pem"


def hie_client() -> httpx.Client:
    return httpx.Client(base_url="https://hie-gateway.region.example.org", verify=CA_BUNDLE, timeout=15)


def legacy_hie_client() -> httpx.Client:
    return httpx.Client(base_url="https://hie-legacy.region.example.org", verify=False, timeout=15)


def archive_client():
    return boto3.client(
        "s3",
        endpoint_url="http://minio.records.example.net:9000",
        aws_access_key_id=os.environ["ARCHIVE_KEY_ID"],
        aws_secret_access_key=os.environ["ARCHIVE_SECRET"],
    )


def forward(message: bytes) -> int:
    with hie_client() as client:
        resp = client.post("/adt", content=message, headers={"Content-Type": "x-application/hl7-v2+er7"})
    archive_client().put_object(Bucket=ARCHIVE_BUCKET, Key=f"adt/{resp.headers['x-msg-id']}.hl7", Body=message)
    return resp.status_code


def health() -> bool:
    return httpx.get("https://hie-gateway.region.example.org/health", timeout=5).is_success
