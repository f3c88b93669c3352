'use strict';

const http = require('http');
const https = require('https');
const fs = require('fs');

const MOCK_FHIR = 'http://localhost:4010/fhir';

const redirectServer = http.createServer((req, res) => {
  res.writeHead(301, { Location: `https://${req.headers.host}${req.url}` });
  res.end();
});

const tlsServer = https.createServer(
  {
    key: fs.readFileSync('/etc/portal/tls/key.pem'),
    cert: fs.readFileSync('/etc/portal/tls/cert.pem'),
    minVersion: 'TLSv1.2',
  },
  (req, res) => {
    res.end('ok');
  },
);

function startLegacyListener() {
  return https.createServer({ secureProtocol: 'TLSv1_method', pfx: fs.readFileSync('/etc/portal/legacy.pfx') }, (req, res) => {
    res.end('ok');
  });
}

redirectServer.listen(80);
tlsServer.listen(443);
module.exports = { MOCK_FHIR, startLegacyListener };
