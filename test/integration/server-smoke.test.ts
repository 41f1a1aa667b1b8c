import { call } from '../e2e/http-client';
import { startTestServer } from '../support/test-server';

it('smoke', async () => {
  let t = Date.now();
  const s = await startTestServer({ env: { ADMIN_TOKEN: 'admin-token-0123456789' } });
  console.log('start ms', Date.now() - t);
  const session = (await call(`${s.url}/api/webchat/sessions`, { body: { lang: 'en' } })).body as { token: string };
  for (const text of ['where is my order 10234?', 'amelia.hart@example.com', 'can I speak to a human please']) {
    t = Date.now();
    const r = await call(`${s.url}/api/webchat/messages`, { token: session.token, body: { text } });
    console.log(Date.now() - t, r.status, JSON.stringify(r.body, null, 1));
  }
  const bad = await call(`${s.url}/api/webchat/messages`, { token: session.token, rawBody: '{bad' });
  console.log(bad.status, JSON.stringify(bad.body));
  t = Date.now();
  await s.close();
  console.log('close ms', Date.now() - t);
});
