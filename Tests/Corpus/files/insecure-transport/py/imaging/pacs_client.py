"""DICOMweb access to the radiology PACS for the imaging viewer."""
import os

import requests
import urllib3
from dicomweb_client.api import DICOMwebClient
from requests.adapters import HTTPAdapter

PACS_HOST = os.environ.get("PACS_HOST", "pacs.radiology.example.org")
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


def pacs_session() -> requests.Session:
    session = requests.Session()
    session.verify = os.environ.get("PACS_CA_BUNDLE", True)
    session.mount("https://", HTTPAdapter(max_retries=3))
    return session


def legacy_client() -> DICOMwebClient:
    return DICOMwebClient(url="http://pacs.radiology.example.org/dicom-web")


def client() -> DICOMwebClient:
    return DICOMwebClient(url=f"https://{PACS_HOST}/dicom-web", session=pacs_session())


def thumbnail(study_uid: str) -> bytes:
    resp = pacs_session().get(f"https://{PACS_HOST}/wado", params={"studyUID": study_uid}, verify=False)
    resp.raise_for_status()
    return resp.content
