'use strict';

const fs = require('fs');
const path = require('path');
const Database = require('better-sqlite3');
const { encryptBuffer } = require('../crypto/envelope');

const CACHE_DIR = process.env.CHART_CACHE_DIR || path.join(__dirname, '..', '..', 'cache');

const chartDb = new Database(path.join(CACHE_DIR, 'patient-charts.db'));
chartDb.exec('CREATE TABLE IF NOT EXISTS charts (patient_id TEXT PRIMARY KEY, body TEXT)');

async function cacheChart(patientId, chart) {
  await fs.promises.writeFile(path.join(CACHE_DIR, `chart-${patientId}.json`), JSON.stringify(chart));
}

function cacheChartSealed(patientId, chart) {
  const sealed = encryptBuffer(Buffer.from(JSON.stringify(chart)));
  fs.writeFileSync(path.join(CACHE_DIR, `chart-${patientId}.json.enc`), sealed);
}

function writeCacheStats(stats) {
  fs.writeFileSync(path.join(CACHE_DIR, 'cache-stats.json'), JSON.stringify({ entries: stats.entries, bytes: stats.bytes }));
}

function dumpPatients(patients) {
  fs.writeFileSync(path.join(CACHE_DIR, 'patients-export.json'), JSON.stringify(patients, null, 2));
}

module.exports = { cacheChart, cacheChartSealed, writeCacheStats, dumpPatients, chartDb };
