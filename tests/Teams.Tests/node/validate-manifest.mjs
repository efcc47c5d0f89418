// Validates a Teams app manifest against the JSON schema that @microsoft/app-manifest bundles for the
// manifest's own manifestVersion, offline: the package's network lookup of "$schema" is never used.
//
//   node validate-manifest.mjs <manifest.json>
//
// Prints one JSON object: { manifestVersion, newestBundledVersion, schemaPath, errors: [...] }.
// Exit code 0 = valid, 1 = invalid, 2 = cannot validate (bad arguments, unreadable file, no such schema).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function fail(message) {
  console.error(`validate-manifest: ${message}`);
  process.exit(2);
}

const [manifestPath] = process.argv.slice(2);
if (!manifestPath) {
  fail('usage: node validate-manifest.mjs <manifest.json>');
}

let packageJsonPath;
try {
  packageJsonPath = require.resolve('@microsoft/app-manifest/package.json');
} catch {
  fail('@microsoft/app-manifest is not installed here (run npm ci in this folder)');
}
let AppManifestUtils;
try {
  ({ AppManifestUtils } = require('@microsoft/app-manifest'));
} catch (error) {
  fail(`@microsoft/app-manifest does not load: ${error.message}`);
}
const schemaRoot = join(dirname(packageJsonPath), 'build', 'json-schemas', 'teams');

// Numbered versions only ("v1.30"); vDevPreview is not a release.
const bundled = readdirSync(schemaRoot)
  .map((name) => /^v(\d+)\.(\d+)$/.exec(name))
  .filter(Boolean)
  .sort((a, b) => Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]))
  .map((match) => `${match[1]}.${match[2]}`);
const newestBundledVersion = bundled.at(-1);

let manifest;
try {
  manifest = JSON.parse(readFileSync(manifestPath, 'utf8').replace(/^\uFEFF/, ''));
} catch (error) {
  fail(`cannot read ${manifestPath}: ${error.message}`);
}

const manifestVersion = manifest.manifestVersion;
const schemaPath = join(schemaRoot, `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
if (typeof manifestVersion !== 'string' || !existsSync(schemaPath)) {
  fail(`no bundled schema for manifestVersion ${JSON.stringify(manifestVersion)} (bundled: ${bundled.join(', ')})`);
}

// The package's own fetch path rewrites "\a" in the downloaded schema text; do the same for the bundled file.
const schema = JSON.parse(readFileSync(schemaPath, 'utf8').replace(/^\uFEFF/, '').replace(/\\a/g, '\\x07'));
let errors;
try {
  errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);
} catch (error) {
  fail(`the schema validator failed: ${error.stack ?? error}`);
}

console.log(JSON.stringify({ manifestVersion, newestBundledVersion, schemaPath, errors }));
process.exit(errors.length === 0 ? 0 : 1);
