// Bundles the modeler into ../wwwroot/dist (run by the Designer project's MSBuild target, or `npm run build`),
// and refuses to when a string the modeler shows has no zh-CN translation (src/i18n/zh-CN.js).
import { build } from 'esbuild';
import { missingTranslations } from './translations-check.mjs';

const { metafile } = await build({
  entryPoints: { modeler: 'src/index.js' },
  outdir: '../wwwroot/dist',
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: false,
  target: ['es2020'],
  legalComments: 'linked',
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
  logLevel: 'warning',
  metafile: true,
});

const missing = missingTranslations(metafile);
if (missing.length) {
  console.error(`The designer shows ${missing.length} string(s) with no zh-CN translation; add them to src/i18n/zh-CN.js:`);
  for (const text of missing) console.error(`  ${JSON.stringify(text)}`);
  process.exit(1);
}
