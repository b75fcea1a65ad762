// Read from package.json at build time would need JSON imports; one constant is simpler and
// test/unit/version.test.ts keeps it equal to package.json.
export const VERSION = '0.1.0';
