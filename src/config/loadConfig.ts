// Configuration for one run: the file (crier.config.json or --config) under the flags, validated
// together so that every problem is reported in one message.
import { CrierError } from '../errors.js';
import type { CrierConfig } from './defaults.js';
import { readConfigFile } from './readConfigFile.js';
import { resolveConfig, type ConfigOverrides } from './resolveConfig.js';

export async function loadConfig(configPath: string | undefined, cwd: string, overrides: ConfigOverrides): Promise<CrierConfig> {
  const file = await readConfigFile(configPath, cwd);
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
