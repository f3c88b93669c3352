'use strict';

const crypto = require('crypto');

const TOKEN_TTL_MS = 30 * 60 * 1000;

function legacyResetToken() {
  return Math.random().toString(36).substring(2, 15) + Math.random().toString(36).substring(2, 15);
}

function resetToken() {
  return crypto.randomBytes(32).toString('hex');
}

function smsCode() {
  const otp = Math.floor(100000 + Math.random() * 900000);
  return String(otp);
}

function chartColor() {
  return `hsl(${Math.floor(Math.random() * 360)}, 70%, 50%)`;
}

function apiKey() {
  return 'ehk_' + crypto.randomUUID().replace(/-/g, '');
}

function createReset(userId, store) {
  const token = legacyResetToken();
  store.set(token, { userId, expiresAt: Date.now() + TOKEN_TTL_MS });
  return token;
}

module.exports = { legacyResetToken, resetToken, smsCode, chartColor, apiKey, createReset };
