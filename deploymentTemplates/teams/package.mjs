#!/usr/bin/env node
// Builds the Teams app package: heelbot-teams.zip with manifest.json, color.png and outline.png at its root.
//
//   node deploymentTemplates/teams/package.mjs [--bot-id <guid>] [--app-id <guid>] [--config <appsettings.json>]... [--out <zip>]
//
// The bot id is the Azure Bot registration's Microsoft App ID, looked up the way the host reads its
// configuration (later wins): src/Bot/appsettings.json, src/Bot/appsettings.Production.json (or the
// --config files given instead), the MicrosoftAppId environment variable, then --bot-id. Without one the
// package is not built: a Teams app whose bot id is empty or made up cannot reach the bot.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLOR_SIZE, OUTLINE_SIZE } from './icons.mjs';
import { readPngHeader } from './png.mjs';
import { createZip } from './zip.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

class UsageError extends Error {}

function parseArguments(argv) {
  const options = { configs: [] };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    const value = () => {
      if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) {
        throw new UsageError(`${name} needs a value`);
      }
      return argv[++i];
    };
    switch (name) {
      case '--bot-id': options.botId = value(); break;
      case '--app-id': options.appId = value(); break;
      case '--config': options.configs.push(resolve(value())); break;
      case '--out': options.out = resolve(value()); break;
      case '--help': case '-h': options.help = true; break;
      default: throw new UsageError(`unknown argument '${name}' (see --help)`);
    }
  }
  return options;
}

function readConfiguredAppId(files) {
  let found;
  for (const file of files) {
    if (!existsSync(file)) {
      continue;
    }
    let json;
    try {
      json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new UsageError(`${file} is not valid JSON: ${error.message}`);
    }
    if (typeof json.MicrosoftAppId === 'string' && json.MicrosoftAppId.trim() !== '') {
      found = { value: json.MicrosoftAppId.trim(), source: file };
    }
  }
  return found;
}

/** The bot id and where it came from, by the host's configuration precedence. */
function resolveBotId(options) {
  if (options.botId !== undefined) {
    return { value: options.botId.trim(), source: '--bot-id' };
  }
  const fromEnvironment = process.env.MicrosoftAppId;
  if (fromEnvironment !== undefined && fromEnvironment.trim() !== '') {
    return { value: fromEnvironment.trim(), source: 'the MicrosoftAppId environment variable' };
  }
  const configs = options.configs.length > 0
    ? options.configs
    : [join(REPO, 'src', 'Bot', 'appsettings.json'), join(REPO, 'src', 'Bot', 'appsettings.Production.json')];
  return readConfiguredAppId(configs) ?? { value: '', source: configs.join(', ') };
}

function requireGuid(id, what) {
  if (id.value === '') {
    throw new UsageError(
      `no ${what}: set MicrosoftAppId (the Microsoft App ID of the Azure Bot registration) in the environment ` +
      `or in appsettings, or pass --bot-id <guid>. Looked in ${id.source}.`);
  }
  if (!GUID.test(id.value) || id.value === EMPTY_GUID) {
    throw new UsageError(`the ${what} '${id.value}' from ${id.source} is not a GUID; Teams needs the bot's Microsoft App ID.`);
  }
  return id.value.toLowerCase();
}

function readIcon(name, size) {
  const path = join(HERE, name);
  if (!existsSync(path)) {
    throw new UsageError(`${path} is missing (run 'node ${join(HERE, 'icons.mjs')}' to draw the default icons)`);
  }
  const data = readFileSync(path);
  let header;
  try {
    header = readPngHeader(data);
  } catch {
    throw new UsageError(`${path} is not a PNG file`);
  }
  if (header.width !== size || header.height !== size) {
    throw new UsageError(`${path} is ${header.width}×${header.height}; Teams needs ${size}×${size}`);
  }
  return data;
}

function fillManifest(botId, appId) {
  const manifest = JSON.parse(readFileSync(join(HERE, 'manifest.template.json'), 'utf8'));
  manifest.id = appId;
  for (const bot of manifest.bots ?? []) {
    bot.botId = botId;
  }
  const text = JSON.stringify(manifest, null, 2) + '\n';
  if (text.includes('{{')) {
    throw new UsageError(`manifest.template.json still has a placeholder after filling: ${text.match(/\{\{[^}]*\}\}/)[0]}`);
  }
  return { manifest, text };
}

function warnAboutPlaceholders(manifest) {
  const developer = manifest.developer ?? {};
  const placeholders = Object.entries(developer)
    .filter(([, value]) => typeof value === 'string' && /CHANGE[ -]ME|example\.(com|org|net)/i.test(value))
    .map(([key]) => `developer.${key}`);
  if (placeholders.length > 0) {
    console.error(`warning: ${placeholders.join(', ')} still hold placeholders; put the clinic's own name and pages in manifest.template.json before publishing.`);
  }
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  if (options.help) {
    console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 9).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
    return;
  }

  const botId = requireGuid(resolveBotId(options), 'bot id');
  // Teams needs an app id of its own; the samples reuse the bot's, which is fine for one app per bot.
  const appId = options.appId !== undefined
    ? requireGuid({ value: options.appId.trim(), source: '--app-id' }, 'Teams app id')
    : botId;
  const { manifest, text } = fillManifest(botId, appId);
  if (manifest.icons?.color !== 'color.png' || manifest.icons?.outline !== 'outline.png') {
    throw new UsageError('manifest.template.json must name its icons color.png and outline.png');
  }
  const zip = createZip([
    { name: 'manifest.json', data: Buffer.from(text, 'utf8') },
    { name: 'color.png', data: readIcon('color.png', COLOR_SIZE) },
    { name: 'outline.png', data: readIcon('outline.png', OUTLINE_SIZE) },
  ]);

  const out = options.out ?? join(REPO, 'artifacts', 'heelbot-teams.zip');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  warnAboutPlaceholders(manifest);
  console.log(`wrote ${out} (Teams app ${appId}, bot ${botId}, manifest ${manifest.manifestVersion} v${manifest.version})`);
}

try {
  main();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`package.mjs: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
