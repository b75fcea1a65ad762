// The layer rule of docs/architecture.md, checked by `npm run lint` (dependency-cruiser):
// no import cycle between the folders of src/ (each folder is a stage or a shared module), nor
// between modules. Top-level files are either entry points (cli, index, types, the commands)
// that import stages, or leaves (errors, lazy, version, warnings) that import nothing of src/;
// folders import only the leaves from the top level, so no cycle can hide behind a top-level file.
// (preview/ and send/ are commands in folders, above the others: preview runs `build` and `check`,
// send checks an edition before it goes out; only cli.ts and index.ts load them.)
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycle',
      comment: 'Two folders of src/ import each other (directly or through others): move the shared code down a layer (docs/architecture.md).',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycle',
      comment: 'Modules import each other in a cycle.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'leaves-import-nothing',
      comment: 'errors.ts, lazy.ts, version.ts and warnings.ts are imported by every layer, so they import nothing of src/.',
      severity: 'error',
      from: { path: '^src/(errors|lazy|version|warnings)\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'folders-import-only-leaves-from-the-top',
      comment: 'A stage imports from the top level of src/ only the leaves (errors, lazy, version, warnings), never a command or the public types.',
      severity: 'error',
      from: { path: '^src/[^/]+/', pathNot: '^src/(preview|send)/' },
      to: { path: '^src/[^/]+\\.ts$', pathNot: '^src/(errors|lazy|version|warnings)\\.ts$' },
    },
    {
      name: 'only-the-entry-points-load-preview-and-send',
      comment: 'preview/ and send/ sit above the commands; nothing but cli.ts and index.ts imports them.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/((cli|index)\\.ts|preview/|send/)' },
      to: { path: '^src/(preview|send)/' },
    },
    {
      name: 'nothing-imports-the-entry-points',
      comment: 'cli.ts, index.ts and types.ts are entry points (the public types only re-export stages).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/index\\.ts$' },
      to: { path: '^src/(cli|index|types)\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
