// Bundles the modeler into ../wwwroot/dist (run by the Designer project's MSBuild target, or `npm run build`).
import { build } from 'esbuild';

await build({
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
});
