import logging
import os

import hvac
import requests
from openai import OpenAI

log = logging.getLogger(__name__)

EPIC_FHIR_BASE = "https://fhir.epic.example.org/api/FHIR/R4"
EPIC_CLIENT_ID = "d2f1a7c4-3b9e-4d05-a6c2-7f1e9b8c0a15"
EPIC_CLIENT_SECRET = "b3WIbgPCthH4q9SMgyoceh7IU6NtntkdQpJvF2qsqLr3pFijSsgG2PH5WT24FOwSXdQzkaKQfGOHP6osvT+NKcA3=="

summarizer = OpenAI(api_key="sk-proj-3-anz0dKduVXXscYHBJVgnqc1tsoUhJFPvCPn2vENG8qc3YnT3BlbkFJbG1St8QhpmL2KBf4yTarOUoInZBoGzhoHatxR1bvwWxgvbL4")

VAULT_ADDR = "https://vault.prod.internal:8200"
VAULT_TOKEN = "hvs.Iyx5mqncNC5cKNJ61yA-cXFX_tgoT7ivdguLVDz1oGSdWIdB3ve_jxeHhdmhRKPeBqT53rHa9QjCEKITr9vjKQfXqQ"


def cerner_credentials():
    vault = hvac.Client(url=VAULT_ADDR, token=os.environ["VAULT_TOKEN"])
    secret = vault.secrets.kv.v2.read_secret_version(path="integrations/cerner")
    return secret["data"]["data"]["client_id"], secret["data"]["data"]["client_secret"]


def fetch_token():
    client_id, client_secret = cerner_credentials()
    resp = requests.post(
        "https://authorization.cerner.example.org/tenants/token",
        data={"grant_type": "client_credentials", "scope": "system/Patient.read"},
        auth=(client_id, client_secret),
        timeout=10,
    )
    resp.raise_for_status()
    token = resp.json()["access_token"]
    log.info("fetched cerner token, expires in %s", resp.json()["expires_in"])
    return token
