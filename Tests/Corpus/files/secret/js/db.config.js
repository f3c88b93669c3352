const { Pool } = require('pg');
const mongoose = require('mongoose');
const Redis = require('ioredis');

const pool = new Pool({
  host: 'ehr-db.prod.internal',
  user: 'ehr_reader',
  password: 'TxuNAqZ3nDK482KKaxqkhmo4',
  database: 'ehr',
  max: 20,
});

const mongoUri = 'mongodb+srv://scheduler:S4xdjsWD3yplkg7bggOT9O@cluster0.ab1cd.mongodb.net/scheduling?retryWrites=true';
mongoose.connect(mongoUri);

const cache = new Redis('redis://:FJwMAH5ZvgdxWB4q@cache.prod.internal:6379/0');

const sessionCache = new Redis(process.env.REDIS_URL || 'redis://localhost:6379');

const auditDb = new Pool({
  connectionString: process.env.AUDIT_DATABASE_URL,
  password: process.env.AUDIT_DB_PASSWORD,
});

const devDefaults = {
  password: '',
  passwordMinLength: 12,
};

module.exports = { pool, cache, sessionCache, auditDb, devDefaults };
