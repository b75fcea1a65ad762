import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/config/resolveConfig.js';

describe('config smtp', () => {
  it('takes host, port, user, secure and timeout', () => {
    const smtp = { host: 'smtp.fastmail.com', port: 465, user: 'me@fastmail.com', secure: true, timeout: 20 };
    const { config, errors } = resolveConfig({ smtp }, 'crier.config.json');
    expect(errors).toEqual([]);
    expect(config.smtp).toEqual(smtp);
  });

  it('refuses a password in the file, says where it goes instead, and never repeats it', () => {
    const { errors } = resolveConfig({ smtp: { host: 'smtp.example.com', user: 'me', password: 'Uniq-cfg-pw-55' } }, 'crier.config.json');
    expect(errors).toEqual(['crier.config.json: smtp.password: is never read from the config file: set CRIER_SMTP_PASSWORD in the environment']);
  });

  it('reports a bad host, port and unknown keys together', () => {
    const { errors } = resolveConfig({ smtp: { host: 'smtp example', port: 70000, tls: true } }, 'c.json');
    expect(errors.join('\n')).toMatch(/smtp\.host: must be a host name/);
    expect(errors.join('\n')).toMatch(/smtp\.port: /);
    expect(errors.join('\n')).toMatch(/unknown key "tls"/);
    expect(resolveConfig({ smtp: { port: 25 } }, 'c.json').errors.join('\n')).toMatch(/smtp\.host/);
  });
});
