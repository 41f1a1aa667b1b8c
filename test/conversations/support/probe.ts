import { ManualClock } from '../../../src/core/clock';
import { startHarness } from './harness';
async function main() {
  let t = Date.now();
  const h = await startHarness();
  console.log('harness', Date.now() - t);
  t = Date.now();
  const r = await h.send({ text: 'where is my order 10234?' });
  console.log('turn', Date.now() - t, r.replies.map((x) => x.text));
  t = Date.now();
  const h2 = await startHarness();
  console.log('harness2', Date.now() - t);
  await h.close(); await h2.close();
  void ManualClock;
}
void main();
