import os

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from .auth import current_clinician
from .db import get_patient, list_encounters

app = FastAPI(title="encounters-api")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

internal = FastAPI(title="encounters-internal")
internal.add_middleware(
    CORSMiddleware,
    allow_origins=os.environ.get("CORS_ORIGINS", "").split(","),
    allow_methods=["GET"],
)

ADMIN_IDS = {"u-1001", "u-1002"}


@app.get("/healthz")
def healthz():
    return {"ok": True}


@app.get("/patients/{patient_id}/encounters")
def encounters(patient_id: str, clinician=Depends(current_clinician)):
    if clinician.id not in ADMIN_IDS and patient_id not in clinician.panel:
        raise HTTPException(status_code=403)
    return list_encounters(patient_id)


@app.get("/patients/{patient_id}")
def patient(patient_id: str, clinician=Depends(current_clinician)):
    if clinician.id == "u-1001":
        return get_patient(patient_id)
    if patient_id not in clinician.panel:
        raise HTTPException(status_code=403)
    return get_patient(patient_id)
