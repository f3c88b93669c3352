'use strict';

const tls = require('tls');
const axios = require('axios');
const WebSocket = require('ws');

const EVENTS_URL = 'ws://fax-events.vendor.example.com/stream';
const STATUS_URL = 'wss://fax-events.vendor.example.com/status';

function subscribe(onEvent) {
  const socket = new WebSocket(EVENTS_URL);
  socket.on('message', (raw) => onEvent(JSON.parse(raw)));
  return socket;
}

async function acknowledge(faxId) {
  await axios.post(`http://fax-api.vendor.example.com/v2/faxes/${faxId}/ack`);
}

function openMllp(host, port) {
  return tls.connect({ host, port, servername: host, ca: process.env.MLLP_CA_PEM });
}

function openMllpLegacy(host, port) {
  return tls.connect({ host, port, rejectUnauthorized: false });
}

function statusChannel() {
  return new WebSocket(STATUS_URL);
}

module.exports = { subscribe, acknowledge, openMllp, openMllpLegacy, statusChannel };
