"""Training configuration for the discharge-summary classifier."""
import os
import urllib.request

import mlflow
import nltk
import spacy
from huggingface_hub import hf_hub_download
from transformers import AutoModel

MLFLOW_TRACKING_URI = "http://mlflow.ml.example.net:5000"
HF_ENDPOINT = "https://hf-mirror.ml.example.net"
DATA_DIR = os.environ.get("DATA_DIR", "/data")


def setup():
    mlflow.set_tracking_uri(MLFLOW_TRACKING_URI)
    nltk.download("punkt", download_dir=f"{DATA_DIR}/nltk")
    return spacy.load("en_core_sci_sm")


def base_model():
    weights = hf_hub_download("clinical/discharge-bert", "pytorch_model.bin", endpoint=HF_ENDPOINT)
    return AutoModel.from_pretrained(os.path.dirname(weights))


def demo_dataset() -> str:
    target = f"{DATA_DIR}/demo-notes.zip"
    urllib.request.urlretrieve("http://datasets.ml.example.net/deid/demo-notes.zip", target)
    return target
