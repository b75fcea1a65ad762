// `crier build … --send-to ADDR`: a proof of each edition just built, with the same plan and the
// same check as `crier send`. A build of a whole folder is not a mailing: at most 5 editions.
import { CrierError } from '../errors.js';
import { MAX_RECIPIENTS } from './recipients.js';
import { sendEdition, type SendResult } from './sendEdition.js';
import type { SendPlan } from './planSend.js';

export async function sendAfterBuild(dirs: string[], plan: SendPlan): Promise<SendResult[]> {
  if (dirs.length > MAX_RECIPIENTS) {
    throw new CrierError('SEND_FAILED', `built ${dirs.length} editions; --send-to sends proofs of at most ${MAX_RECIPIENTS}, nothing was sent`, {
      hint: 'send the one you want with crier send out/<slug> --to …',
    });
  }
  const results: SendResult[] = [];
  for (const dir of dirs) results.push(await sendEdition(dir, plan, `crier send ${dir} --to ${plan.to.join(',')}`));
  return results;
}
