"""Magic sign-in links and SMS verification for the patient portal."""
import random
import string
import time
import uuid

from flask import Flask, session

app = Flask(__name__)
app.secret_key = str(random.getrandbits(64))

_sysrand = random.SystemRandom()
ALPHABET = string.ascii_letters + string.digits


def magic_link_token() -> str:
    return "".join(_sysrand.choice(ALPHABET) for _ in range(43))


def sms_verification_code() -> str:
    otp = "%06d" % random.randint(0, 999999)
    session["otp"] = otp
    return otp


def request_id() -> str:
    return uuid.uuid4().hex


def csrf_token() -> str:
    random.seed(time.time())
    session["csrf"] = "".join(random.choices(string.hexdigits, k=32))
    return session["csrf"]


def questionnaire_order(questions: list) -> list:
    random.shuffle(questions)
    return questions
