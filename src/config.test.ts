import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('gives the embedded SQLite default with no configuration', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.database.kind, 'sqlite');
    assert.equal(config.database.url, path.resolve('./data/helix.sqlite'));
    assert.equal(config.baseUrl, 'http://localhost:3000');
    assert.equal(config.smtpUrl, null);
    assert.ok(Object.isFrozen(config));
    assert.ok(Object.isFrozen(config.database));
  });

  it('switches to PostgreSQL with DATABASE_URL alone', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db.example:5432/helix' });
    assert.equal(config.database.kind, 'postgres');
    assert.equal(config.database.url, 'postgres://u:p@db.example:5432/helix');
  });

  it('puts the SQLite file in DATA_DIR', () => {
    const config = loadConfig({ DATA_DIR: '/tmp/helix-x' });
    assert.equal(config.database.url, '/tmp/helix-x/helix.sqlite');
    assert.equal(config.uploadDir, '/tmp/helix-x/uploads');
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({
        PORT: 'abc',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://x',
        SMTP_URL: 'http://mail',
        BASE_URL: 'not a url',
        TRUST_PROXY: 'maybe',
      });
      assert.fail('expected a ConfigError');
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.problems.length, 6, error.message);
      for (const name of ['PORT', 'LOG_LEVEL', 'DATABASE_URL', 'SMTP_URL', 'BASE_URL', 'TRUST_PROXY']) {
        assert.match(error.message, new RegExp(name));
      }
    }
  });

  it('rejects a port out of range', () => {
    assert.throws(() => loadConfig({ PORT: '70000' }), /PORT must be between 0 and 65535/);
  });

  it('accepts SMTP and a BASE_URL without trailing slash', () => {
    const config = loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', BASE_URL: 'https://helix.example.org/' });
    assert.equal(config.smtpUrl, 'smtp://127.0.0.1:2525');
    assert.equal(config.baseUrl, 'https://helix.example.org');
  });
});
