import pino from 'pino';
import { fetchRefills } from './api.js';

const log = pino({ level: process.env.LOG_LEVEL || 'info' });

export async function syncRefills(patient) {
  const started = Date.now();
  const refills = await fetchRefills(patient.id);
  log.info({ refillCount: refills.length, tookMs: Date.now() - started }, 'refills synced');
  for (const rx of refills) {
    if (rx.status === 'denied') {
      log.warn(`refill denied: ${rx.medication} for ${patient.phone}`);
    }
  }
  log.debug({ prescription: refills[0] }, 'first refill');
  return refills;
}

export function reportEmpty(patient) {
  log.info({ patientId: patient.id }, 'no refills pending');
}
