import os
from datetime import timedelta
from functools import wraps

import jwt
from flask import Flask, g, jsonify, make_response, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = False
app.config["SESSION_COOKIE_SAMESITE"] = "Strict"
app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(minutes=20)

PUBLIC_KEY = open(os.environ["JWT_PUBLIC_KEY_PATH"]).read()


def require_token(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        claims = jwt.decode(token, options={"verify_signature": False})
        g.clinician_id = claims["sub"]
        return view(*args, **kwargs)
    return wrapper


def partner_claims(token):
    header = jwt.get_unverified_header(token)
    key = PARTNER_KEYS[header["kid"]]
    return jwt.decode(token, key, algorithms=["RS256"], audience="partner-api")


@app.post("/api/session")
def start_session():
    token = issue_session_token(request.json["username"], request.json["password"])
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("clinic_session", token)
    return resp


@app.post("/api/session/refresh")
def refresh_session():
    token = rotate_session_token(request.cookies.get("clinic_session"))
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("clinic_session", token, secure=True, httponly=True, samesite="Strict", max_age=1200)
    resp.set_cookie("ui_density", request.json.get("density", "compact"))
    return resp


@app.post("/api/session/remember")
def remember_device():
    resp = make_response(jsonify(ok=True))
    resp.set_cookie(
        "device_token",
        issue_device_token(g.clinician_id),
        max_age=60 * 60 * 24 * 30,
        samesite="Lax",
    )
    return resp
