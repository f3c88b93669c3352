"""Response cache for rendered lab-report PDFs (no PHI in keys)."""
import hashlib
import sqlite3

from django.core.cache import cache

REPORT_QUERY = """
    SELECT id, description, created_at
      FROM report_templates
     ORDER BY created_at DESC
"""


def template_cache_key(template_name: str, version: int) -> str:
    return "tpl:" + hashlib.md5(f"{template_name}:{version}".encode()).hexdigest()


def etag_for(pdf_bytes: bytes) -> str:
    etag = hashlib.sha1(pdf_bytes, usedforsecurity=False).hexdigest()
    return f'"{etag}"'


def describe_templates(conn: sqlite3.Connection) -> list:
    return conn.execute(REPORT_QUERY).fetchall()


def get_or_render(template_name: str, version: int, render) -> bytes:
    key = template_cache_key(template_name, version)
    pdf = cache.get(key)
    if pdf is None:
        pdf = render()
        cache.set(key, pdf, timeout=3600)
    return pdf


def integrity_digest(pdf_bytes: bytes) -> str:
    return hashlib.sha256(pdf_bytes).hexdigest()
