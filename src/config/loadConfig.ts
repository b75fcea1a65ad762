// Configuration for one run: the file (crier.config.json or --config) under the flags, validated
// together so that every problem is reported in one message.
import { CrierError } from '../errors.js';
import { DEFAULT_CONFIG, type CrierConfig } from './defaults.js';
import { readConfigFile } from './readConfigFile.js';
import type { ConfigOverrides } from './resolveConfig.js';

export async function loadConfig(configPath: string | undefined, cwd: string, overrides: ConfigOverrides): Promise<CrierConfig> {
  const file = await readConfigFile(configPath, cwd);
  // Nothing to validate: the defaults are valid by construction, and zod need not load at all.
  if (file.data === undefined && Object.values(overrides).every((v) => v === undefined)) return structuredClone(DEFAULT_CONFIG);
  const { resolveConfig } = await import('./resolveConfig.js');
  const { config, errors } = resolveConfig(file.data, file.origin, overrides);
  if (errors.length > 0) {
    const fromFlags = errors.every((e) => e.startsWith('flag:'));
    throw new CrierError('CONFIG_INVALID', `Invalid configuration: ${errors.join('; ')}`, {
      hint: fromFlags ? 'see crier build --help' : `fix ${file.origin}`,
      exitCode: fromFlags ? 2 : 1,
    });
  }
  return config;
}
