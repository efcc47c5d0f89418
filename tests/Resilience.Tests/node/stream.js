// Holds the stream of an existing HeelBot Direct Line conversation with the real botframework-directlinejs client
// and reports every activity the moment it arrives, so a test can post through another host and watch them come.
// Run by Resilience.Tests (ScaleOut/DirectLineAcrossHostsTests.cs): `node stream.js '<json config>'`.
//
// Config: { domain, conversationId, token, webSocket, timeoutMs }.
// Prints "READY" once the client is online, then one line "ACTIVITY <json>" per activity (with the client's watermark
// after it). Exits 0 when its standard input closes; exits 1 with "FAIL: ..." on anything Web Chat would stumble over
// (an activity twice, timestamps going back, a reply to an activity it never saw) or when the time runs out.
'use strict';

// Node 20 has neither: DirectLineJS (rxjs 5 ajax) needs XHR, and its stream needs a global WebSocket.
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');

const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const config = JSON.parse(process.argv[2]);
const seen = new Map();
let previous = null;
let finished = false;

function fail(message) {
  console.log('FAIL: ' + message);
  process.exit(1);
}

setTimeout(() => fail(`still running after ${config.timeoutMs} ms`), config.timeoutMs || 120000).unref();

const directLine = new DirectLine({
  domain: config.domain,
  token: config.token,
  conversationId: config.conversationId,
  webSocket: config.webSocket,
  pollingInterval: 200,
});

directLine.connectionStatus$.subscribe((status) => {
  if (status === ConnectionStatus.Online) {
    console.log('READY');
  } else if (!finished && (status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.ExpiredToken || status === ConnectionStatus.Ended)) {
    fail('connection status became ' + status);
  }
});

directLine.activity$.subscribe((activity) => {
  if (!activity.id) {
    fail('an activity came without an id');
  }
  if (seen.has(activity.id)) {
    fail('the same activity arrived twice: ' + activity.id);
  }
  if (previous && !(new Date(activity.timestamp) > new Date(previous.timestamp))) {
    fail(`timestamps must increase: ${previous.timestamp} then ${activity.timestamp}`);
  }
  if (activity.replyToId && !seen.has(activity.replyToId)) {
    fail(`${activity.id} replies to ${activity.replyToId}, which the client never saw`);
  }
  seen.set(activity.id, activity);
  previous = activity;
  const turn = (activity.entities || []).find((entity) => entity.type === 'heelbot.turn') || {};
  console.log('ACTIVITY ' + JSON.stringify({
    id: activity.id,
    type: activity.type,
    role: activity.from && activity.from.role,
    text: activity.text,
    asks: turn.asks || null,
    replyToId: activity.replyToId || null,
    watermark: directLine.watermark || null,
  }));
}, (error) => finished || fail('activity$ failed: ' + error));

process.stdin.on('end', () => {
  finished = true;
  directLine.end();
  process.exit(0);
});
process.stdin.resume();
