from flask import Flask, jsonify
from flask_cors import CORS
from flask_login import login_required

from .repository import PatientRepository

app = Flask(__name__)
CORS(app)

partner = Flask("partner")
CORS(partner, resources={r"/api/*": {"origins": ["https://partner.clinic.example.org"]}})

repo = PatientRepository()


@app.get("/api/patients/<int:patient_id>")
@login_required
def get_patient(patient_id):
    return jsonify(repo.get(patient_id).to_dict())
