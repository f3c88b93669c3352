"""Client for the reference lab's results gateway (HL7 v2 over HTTPS)."""
import ssl
import socket

import requests

LAB_API = "https://lab-gateway.example.org/api/v2"
CA_BUNDLE = "/etc/ssl/certs/lab-gateway-ca.pem"


class LabClient:
    def __init__(self, token: str):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.session.verify = False

    def results(self, order_id: str) -> dict:
        r = self.session.get(f"{LAB_API}/orders/{order_id}/results", timeout=20, verify=CA_BUNDLE)
        r.raise_for_status()
        return r.json()

    def acknowledge(self, order_id: str) -> None:
        requests.post(f"{LAB_API}/orders/{order_id}/ack", timeout=20, verify=False)


def send_hl7(host: str, port: int, message: bytes) -> bytes:
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2  
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(message)
            return tls.recv(65536)


def send_hl7_legacy(host: str, port: int, message: bytes) -> bytes:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw) as tls:
            tls.sendall(message)
            return tls.recv(65536)
