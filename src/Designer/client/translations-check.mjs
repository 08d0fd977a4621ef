// Lists the strings the bundled modeler modules pass to translate() (and the element names the replace and
// create/append menus translate) that the zh-CN dictionary lacks. build.mjs fails on any; `node translations-check.mjs`
// prints the count checked and any missing, one a line (exit code 1 when some are missing).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zhCN from './src/i18n/zh-CN.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// The Camunda 7 provider is bundled with bpmn-js-properties-panel but never shown (the engine reads Zeebe's extensions);
// "HELLO {you}" is diagram-js's own example in a comment.
const notShown = [ /camunda-platform/ ];
const ignored = new Set([ '', 'HELLO {you}' ]);
const menuLabels = /ReplaceOptions|PopupEntries|create-append-anything/;

function unescape(text) {
  return text.replace(/\\n/g, '\n').replace(/\\(['"\\])/g, '$1');
}

function sourcesOf(file) {
  const map = file + '.map';
  if (!fs.existsSync(map)) return [ [ file, fs.readFileSync(file, 'utf8') ] ];
  const { sources, sourcesContent } = JSON.parse(fs.readFileSync(map, 'utf8'));
  return sources.map((source, i) => [ `${file}!${source}`, sourcesContent?.[i] ])
    .filter(([ name, text ]) => text && !notShown.some(p => p.test(name)));
}

export function translatedStrings(metafile) {
  const found = new Set();
  for (const input of Object.keys(metafile.inputs).filter(f => f.endsWith('.js') && f.includes('node_modules'))) {
    for (const [ name, text ] of sourcesOf(path.resolve(here, input))) {
      for (const m of text.matchAll(/translate\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)) found.add(unescape(m[2]));
      if (menuLabels.test(name)) for (const m of text.matchAll(/\b(?:label|name):\s*(['"])((?:\\.|(?!\1).)*)\1/g)) found.add(unescape(m[2]));
    }
  }
  return [ ...found ].filter(s => !ignored.has(s));
}

export function missingTranslations(metafile) {
  return translatedStrings(metafile).filter(s => !(s in zhCN));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { metafile } = await build({
    entryPoints: [ path.join(here, 'src/index.js') ], bundle: true, format: 'esm', write: false, metafile: true, outdir: path.join(here, 'out'),
    absWorkingDir: here, loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' }, logLevel: 'error',
  });
  const all = translatedStrings(metafile);
  const missing = all.filter(s => !(s in zhCN));
  console.log(`checked ${all.length}`);
  for (const s of missing) console.log(`missing ${JSON.stringify(s)}`);
  process.exit(missing.length ? 1 : 0);
}
