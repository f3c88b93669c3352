'use strict';

const { randomInt } = require('crypto');

function sampleForAudit(rows, rate) {
  return rows.filter(() => Math.random() < rate);
}

function shuffle(items) {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function kioskPin() {
  return String(randomInt(0, 10000)).padStart(4, '0');
}

function uploadNonce() {
  const nonce = Date.now().toString(16) + Math.floor(Math.random() * 0xffffffff).toString(16);
  return nonce;
}

module.exports = { sampleForAudit, shuffle, kioskPin, uploadNonce };
