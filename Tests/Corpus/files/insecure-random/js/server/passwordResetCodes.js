'use strict';

const crypto = require('crypto');

async function sendPasswordResetCode(user, mailer) {
  const code = Math.floor(1000 + Math.random() * 9000);
  await mailer.send(user.email, `Your reset code is ${code}`);
  return code;
}

async function sendPasswordResetCodeSecure(user, mailer) {
  const code = crypto.randomInt(1000, 10000);
  await mailer.send(user.email, `Your reset code is ${code}`);
  return code;
}

function scheduleRetry(fn) {
  return setTimeout(fn, 1000 + Math.random() * 500);
}

module.exports = { sendPasswordResetCode, sendPasswordResetCodeSecure, scheduleRetry };
