import io
import textwrap

import paramiko
import pytest

from claims.sftp import upload_batch

SFTP_HOST = "sftp.clearinghouse.example.net"
SFTP_USER = "ehr-claims"

TEST_HOST_KEY_FINGERPRINT = "SHA256:3b9c0f4e1d7a2c8e5f6a9b0d1c4e7f2a3b6c9d0e1f4a7b2c"

CLEARINGHOUSE_KEY = textwrap.dedent("""\
    -----BEGIN RSA PRIVATE KEY-----
    MIICXAIBAAKBgQDyiS5GGL+N3SIjGSoszEbkKP0bdIt/gPZov0gxFEiBEN4gYJt/
    7TQXMzw+EWWFyab77Ea6C9G/H+UlXJ5YEbhS9sq40IwHIUmHGfo3vm+D+1qa5+lf
    9R2K6Jo+ZQmdOBq3yEB/9eTPLhqIrMvbMT0xn4H9DuSNAsJqfWiTsg7CsQIDAQAB
    AoGBAO0Q770ulZYaDzMVducA6U49TmHWwj/oE3MBfZQTimc10Jj/NR+PAPqoZvsY
    UA68s87M/bj+so9JotapOFFHSM1QLVJI4tQqJnJTvmCyfvkbCe4vRCH7usWEmzj8
    MPWBgvm6LEzFPxz9vH0tcnpdrBqRKIW7zoBMNaVt100EZ1XRAkEA+82yLjKPPAnq
    3hJmbEeYZzBG6pGsVXiyFi1aFpVsTZQLS2uDdy008vNXbrC1RBdb3PlFvO9bhLvj
    xziKAfuuTQJBAPaT8eeKjxL/9orAAjNLMHaVn9CfXt7LcUB/NmrHrOJKryL3eo58
    tCz+ArrP/XyufPHZnjGpoW0fDZTV4at8P/UCQAcFBfmZuTqAQEbulmJgYJRH2UJC
    y14ankRWAVPt2HYVMXdpyOFypi47sG1KidMbH5l6bYJF3fRGVKRCJD7H6GUCQH/Q
    Ml1V+lHb8jz7yGg0OlvNtTib075i8EKBboCtHhVypxPV+mYvh+mmhV22gGwHumZW
    6mRNzIpWxWB3+XE9h50CQHwKnKwxU5k0U0YZVh/ckhbBEOLeBNBHfQCJJC184raP
    hCB/ZI42UaKstqKotiy7Rj0QJdW6SE5nvA9M3vCxXSc=
    -----END RSA PRIVATE KEY-----
""")

PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBDaQgzu0/7BBe2qzjimZBCHXf27GUbqCC01eZsq7U5Q ci@example.org"


@pytest.fixture
def key():
    return paramiko.RSAKey.from_private_key(io.StringIO(CLEARINGHOUSE_KEY))


def test_upload_batch_uses_key(key, sftp_server):
    result = upload_batch(SFTP_HOST, SFTP_USER, key, [b"ISA*00*..."])
    assert result.files_sent == 1


def test_password_auth_disabled(sftp_server):
    assert sftp_server.password_auth is False
