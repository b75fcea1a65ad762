// I/O end of configuration: find and parse crier.config.json. Validation happens in resolveConfig.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CrierError } from '../errors.js';
import { CONFIG_FILE_NAMES } from './defaults.js';

export interface ConfigFileContent {
  /** Parsed JSON, or undefined when there is no config file. */
  data: unknown;
  /** Path shown in messages. */
  origin: string;
}

export async function readConfigFile(explicitPath: string | undefined, cwd: string): Promise<ConfigFileContent> {
  const candidates = explicitPath ? [explicitPath] : CONFIG_FILE_NAMES.map((name) => name as string);
  for (const candidate of candidates) {
    const full = path.resolve(cwd, candidate);
    let text: string;
    try {
      text = await readFile(full, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && !explicitPath) continue;
      if (code === 'ENOENT') {
        throw new CrierError('CONFIG_INVALID', `Config file not found: ${candidate}`, {
          hint: 'check the --config path',
          exitCode: 2,
        });
      }
      throw new CrierError('CONFIG_INVALID', `Cannot read config file ${candidate}: ${code ?? String(error)}`, { cause: error });
    }
    try {
      return { data: JSON.parse(text.replace(/^\uFEFF/, '')), origin: candidate };
    } catch (error) {
      throw new CrierError('CONFIG_INVALID', `${candidate} is not valid JSON: ${(error as Error).message}`, {
        cause: error,
        hint: 'fix the JSON syntax',
      });
    }
  }
  return { data: undefined, origin: 'crier.config.json' };
}
