// The peer side of benchmark 1: start -> user task -> complete -> end in bpmn-engine, one instance after
// another, on the same BPMN file the Orchestrator engine runs. The file is parsed once (as the Orchestrator
// engine deploys once and caches its model); each instance is a new Engine on that parsed context.
// usage: node user-task-lifecycle.js FILE.bpmn WARMUP_SECONDS MEASURE_SECONDS MAX_INSTANCES
// prints one JSON line: {"instances":N,"seconds":S,"instancesPerSecond":R}
'use strict';
const fs = require('node:fs');
const { EventEmitter } = require('node:events');
const { Engine } = require('bpmn-engine');
const BpmnModdle = require('bpmn-moddle');
const elements = require('bpmn-elements');
const serializer = require('moddle-context-serializer').default;
const { TypeResolver } = require('moddle-context-serializer');

async function parseOnce(file) {
  const moddleContext = await new BpmnModdle().fromXML(fs.readFileSync(file, 'utf8'));
  return serializer(moddleContext, TypeResolver(elements));
}

async function runOneInstance(sourceContext) {
  const listener = new EventEmitter();
  let userTask;
  listener.once('wait', (task) => { userTask = task; });
  const engine = new Engine({ name: 'bench', sourceContext });
  await engine.execute({ listener });
  if (!userTask) throw new Error('The instance did not stop at the user task.');
  const ended = engine.waitFor('end');
  userTask.signal({ approved: true });
  await ended;
}

async function loop(sourceContext, seconds, maxInstances) {
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  let instances = 0;
  while (instances < maxInstances && process.hrtime.bigint() < deadline) {
    await runOneInstance(sourceContext);
    instances++;
  }
  return { instances, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

async function main() {
  const [file, warmup = '2', measure = '5', max = '2000000'] = process.argv.slice(2);
  if (!file) throw new Error('usage: node user-task-lifecycle.js FILE.bpmn WARMUP_SECONDS MEASURE_SECONDS MAX_INSTANCES');
  const sourceContext = await parseOnce(file);
  await loop(sourceContext, Number(warmup), Number(max));
  const { instances, seconds } = await loop(sourceContext, Number(measure), Number(max));
  console.log(JSON.stringify({ instances, seconds, instancesPerSecond: instances / seconds }));
}

main().catch((error) => { console.error(error); process.exit(1); });
