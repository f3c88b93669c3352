"""Download the de-identification NER model into the local cache before the worker starts."""
import os
import urllib.request
from pathlib import Path

import requests
import torch

CACHE = Path(os.environ.get("MODEL_CACHE", "/var/cache/deid"))
ARTIFACTS = "http://artifacts.deid.example.net/models"
DEV_REGISTRY = "http://127.0.0.1:9000/models"
# Model card and licence: http://artifacts.deid.example.net/docs/ner-v4.html
HUB_MIRROR = "https://hub-mirror.deid.example.net"


def fetch_ner_weights() -> Path:
    target = CACHE / "ner" / "pytorch_model.bin"
    target.parent.mkdir(parents=True, exist_ok=True)
    urllib.request.urlretrieve(f"{ARTIFACTS}/ner/v4/pytorch_model.bin", target)
    return target


def fetch_vocab() -> Path:
    resp = requests.get("http://artifacts.deid.example.net/models/ner/v4/vocab.txt", timeout=30)
    resp.raise_for_status()
    path = CACHE / "ner" / "vocab.txt"
    path.write_bytes(resp.content)  
    return path


def load_triage_classifier():
    return torch.hub.load_state_dict_from_url(
        "http://models.triage.example.org/classifier-v2.pt", model_dir=str(CACHE)
    )


def load_dev_classifier():
    return torch.hub.load_state_dict_from_url(f"{DEV_REGISTRY}/classifier-dev.pt")


def load_release_classifier():
    return torch.hub.load_state_dict_from_url(f"{HUB_MIRROR}/triage/classifier-v2.pt")
