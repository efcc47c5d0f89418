// Holds a HeelBot conversation with the real botframework-directlinejs client, over WebSocket or polling.
// Run by DirectLine.Tests (Clients/DirectLineJsTests.cs): `node conversation.js '<json config>'`.
//
// Config: { domain, secret | resume: {conversationId, token, expectCount}, webSocket, locale, answers, maxTurns,
//           stopAfter, timeoutMs }. `answers` maps heelbot.turn.asks to {button: index (negative = from the end)}
//           or {text}. The script answers every question it has an answer for and stops at the first it has none
//           for (or after `stopAfter` answers). It fails (exit 1) on any protocol breach Web Chat would stumble
//           over; on success it prints one line "RESULT <json>" for the C# test to check.
'use strict';

// Node 20 has neither: DirectLineJS (rxjs 5 ajax) needs XHR, and its stream needs a global WebSocket.
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');

const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const config = JSON.parse(process.argv[2]);
const received = [];
const byId = new Map();
let waiters = [];
let directLine;
let finished = false;

function fail(message) {
  console.error('FAIL: ' + message);
  console.error('TRANSCRIPT: ' + JSON.stringify(received.map(brief)));
  process.exit(1);
}

const watchdog = setTimeout(() => fail(`no result within ${config.timeoutMs} ms`), config.timeoutMs || 60000);

function turnOf(activity) {
  return (activity.entities || []).find((entity) => entity.type === 'heelbot.turn');
}

function brief(activity) {
  const turn = turnOf(activity) || {};
  return {
    id: activity.id,
    role: activity.from && activity.from.role,
    text: (activity.text || '').slice(0, 60),
    asks: turn.asks,
    disposition: turn.disposition,
    replyToId: activity.replyToId,
  };
}

function onActivity(activity) {
  if (!activity.id) {
    fail('an activity came without an id: ' + JSON.stringify(activity));
  }
  if (byId.has(activity.id)) {
    fail('the same activity arrived twice: ' + activity.id);
  }
  if (activity.type === 'conversationUpdate') {
    fail('a conversationUpdate reached the client');
  }
  const previous = received[received.length - 1];
  if (previous && !(new Date(activity.timestamp) > new Date(previous.timestamp))) {
    fail(`timestamps must increase: ${previous.timestamp} then ${activity.timestamp}`);
  }
  if (activity.replyToId && !byId.has(activity.replyToId)) {
    fail(`replyToId ${activity.replyToId} names an activity the client never saw`);
  }
  byId.set(activity.id, activity);
  received.push(activity);
  const pending = waiters;
  waiters = [];
  pending.forEach((check) => check());
}

// Resolves with predicate()'s first truthy value, re-checked on every activity; rejects after `ms` of waiting.
function waitFor(predicate, what, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out waiting for ' + what)), ms);
    const check = () => {
      const value = predicate();
      if (value) {
        clearTimeout(timer);
        resolve(value);
      } else {
        waiters.push(check);
      }
    };
    check();
  });
}

function quietFor(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function userOf(token) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).user;
}

async function generateToken() {
  const response = await fetch(config.domain + '/tokens/generate', {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + config.secret },
  });
  if (response.status !== 200) {
    fail('tokens/generate answered ' + response.status);
  }
  return response.json();
}

function post(activity) {
  return new Promise((resolve, reject) => {
    directLine.postActivity(activity).subscribe(resolve, reject);
  });
}

// The bot's question to answer: the newest bot message after `from` that asks something.
function questionAfter(from) {
  for (let i = received.length - 1; i >= from; i--) {
    const activity = received[i];
    if (activity.from.role === 'bot' && turnOf(activity) && turnOf(activity).asks) {
      return { activity, index: i };
    }
  }
  return null;
}

async function main() {
  let token;
  if (config.resume) {
    token = config.resume.token;
    directLine = new DirectLine({
      domain: config.domain,
      token,
      conversationId: config.resume.conversationId,
      webSocket: config.webSocket,
      pollingInterval: 200,
    });
  } else {
    token = (await generateToken()).token;
    directLine = new DirectLine({
      domain: config.domain,
      token,
      webSocket: config.webSocket,
      pollingInterval: 200,
      conversationStartProperties: { locale: config.locale },
    });
  }

  const userId = userOf(token);
  directLine.connectionStatus$.subscribe((status) => {
    if (!finished && (status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.ExpiredToken || status === ConnectionStatus.Ended)) {
      fail('connection status became ' + status);
    }
  });
  directLine.activity$.subscribe(onActivity, (error) => finished || fail('activity$ failed: ' + error));

  if (config.resume) {
    await waitFor(() => received.length >= config.resume.expectCount, `the ${config.resume.expectCount} activities from before`, 20000);
  }

  const asked = [];
  let posts = 0;
  let echoes = 0;
  let question = await waitFor(() => questionAfter(0), 'the first question', 20000);
  while (question) {
    const asks = turnOf(question.activity).asks;
    const answer = config.answers[asks];
    if (!answer || (config.stopAfter != null && posts >= config.stopAfter)) {
      break;
    }
    if (posts >= (config.maxTurns || 20)) {
      fail('the conversation did not end within ' + posts + ' answers');
    }

    let text = answer.text;
    if (answer.button !== undefined) {
      const actions = (question.activity.suggestedActions || {}).actions || [];
      const action = actions[answer.button < 0 ? actions.length + answer.button : answer.button];
      if (!action) {
        fail(`question "${asks}" has no button ${answer.button}`);
      }
      text = action.value || action.title;
    }

    asked.push(asks);
    const clientActivityID = `node-${posts}-${Date.now()}`;
    const id = await post({
      type: 'message',
      from: { id: userId, name: 'Node' },
      locale: config.locale,
      text,
      channelData: { clientActivityID },
    });
    posts++;
    if (!id || id === 'retry') {
      fail('postActivity returned ' + id);
    }

    // Web Chat counts a send as done only when the echo carries its clientActivityID and the server id.
    const echo = await waitFor(() => received.find((a) => a.channelData && a.channelData.clientActivityID === clientActivityID), 'the echo of ' + text, 10000);
    if (echo.id !== id || echo.from.role !== 'user' || echo.from.id !== userId || echo.text !== text) {
      fail('the echo does not match what was sent: ' + JSON.stringify(echo));
    }
    echoes++;

    const echoIndex = received.indexOf(echo);
    try {
      question = await waitFor(() => questionAfter(echoIndex + 1), 'the next question', 3000);
    } catch {
      // No further question: the bot's turn ended the conversation.
      question = null;
    }
    if (question && question.activity.replyToId !== id) {
      fail('the answer to ' + id + ' replies to ' + question.activity.replyToId);
    }
  }

  await quietFor(300);
  const dispositions = [...new Set(received.map((a) => (turnOf(a) || {}).disposition).filter(Boolean))];
  const result = {
    conversationId: directLine.conversationId,
    token: directLine.token,
    watermark: directLine.watermark,
    userId,
    count: received.length,
    asked,
    posts,
    echoes,
    dispositions,
    lastAsks: question ? turnOf(question.activity).asks : null,
    transcript: received.map(brief),
  };
  clearTimeout(watchdog);
  finished = true;
  console.log('RESULT ' + JSON.stringify(result));
  directLine.end();
  process.exit(0);
}

main().catch((error) => fail(error && error.stack ? error.stack : String(error)));
