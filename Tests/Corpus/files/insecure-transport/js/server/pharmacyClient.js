'use strict';

const https = require('https');
const axios = require('axios');

const PBM_BASE = process.env.PBM_BASE_URL || 'https://pbm.example.com/api';

const insecureAgent = new https.Agent({ rejectUnauthorized: false });

const pbm = axios.create({
  baseURL: PBM_BASE,
  timeout: 15000,
  httpsAgent: new https.Agent({ ca: process.env.PBM_CA_PEM }),
});

const formulary = axios.create({
  baseURL: 'http://formulary.pbm.example.com/v1',
  timeout: 15000,
});

async function submitPriorAuth(request) {
  const { data } = await pbm.post('/prior-auth', request);
  return data;
}

async function legacyEligibility(memberId) {
  const res = await axios.get(`https://legacy-pbm.example.com/eligibility/${memberId}`, {
    httpsAgent: insecureAgent,
  });
  return res.data;
}

async function coverage(ndc) {
  const res = await fetch(`http://formulary.pbm.example.com/v1/coverage/${ndc}`);
  return res.json();
}

module.exports = { submitPriorAuth, legacyEligibility, formulary, coverage };
