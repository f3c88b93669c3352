'use strict';

const http = require('http');
const express = require('express');
const helmet = require('helmet');

const LAB_URL = 'http://lab-gateway.partner.example.com/api/results';
const app = express();

app.use(helmet.hsts({ maxAge: 31536000, includeSubDomains: true }));

app.get('/api/labs/:orderId', async (req, res) => {
  const upstream = await fetch(`${LAB_URL}/${encodeURIComponent(req.params.orderId)}`);
  res.status(upstream.status).json(await upstream.json());
});

http
  .createServer((req, res) => {
    res.writeHead(301, { Location: `https://${req.headers.host}${req.url}` });
    res.end();
  })
  .listen(80);

module.exports = app;
