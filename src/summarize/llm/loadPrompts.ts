// The model's prompts, templates/prompts/*.md (users can edit them, or override them in their
// --templates folder). Read only when a model is used: an offline run never opens them.
import { pickTemplate, templatesFolder } from '../../load/templateFiles.js';

export interface Prompts {
  system: string;
  user: string;
  /** The weekly edition's intro. */
  week: string;
}

export async function loadPrompts(userDir: string | undefined, cwd: string): Promise<Prompts> {
  const dir = await templatesFolder(userDir, cwd);
  return {
    system: (await pickTemplate(dir, 'prompts/system.md', cwd)).source,
    user: (await pickTemplate(dir, 'prompts/user.md', cwd)).source,
    week: (await pickTemplate(dir, 'prompts/week.md', cwd)).source,
  };
}
