'use strict';

const twilio = require('twilio');
const sgMail = require('@sendgrid/mail');
const axios = require('axios');

const TWILIO_ACCOUNT_SID = 'AC18ed6aef40c71253f876883c0fd7ebe0';
const TWILIO_AUTH_TOKEN = '0bfaf6ffced3527a4e711be5a2a6efaa';
const CLINIC_FROM_NUMBER = '+15555550142';

const sms = twilio(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);

sgMail.setApiKey('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');

const OPS_WEBHOOK = 'https://hooks.slack.com/services/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';

const backupMailer = {
  apiKey: process.env.SENDGRID_BACKUP_KEY,
  from: 'appointments@example.org',
};

async function sendReminder(appointment) {
  await sms.messages.create({
    from: CLINIC_FROM_NUMBER,
    to: appointment.contactNumber,
    body: `Reminder: you have an appointment on ${appointment.date}.`,
  });
}

async function alertOps(text) {
  await axios.post(OPS_WEBHOOK, { text });
}

const retryPolicy = { maxRetries: 3, tokenBucketSize: 20 };

module.exports = { sendReminder, alertOps, backupMailer, retryPolicy };
