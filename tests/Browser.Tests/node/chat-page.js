// Opens HeelBot's chat page in Debian's headless Chromium (playwright-core, no downloaded browser) and talks to the
// bot the way a person does: clicks the suggested-action buttons, types free text, reads what is rendered.
// Run by Browser.Tests (Support/ChatPageBrowser.cs): `node chat-page.js '<json config>'`.
//
// Config: { baseUrl, chromium, name, artifactsDir, timeoutMs, stepTimeoutMs,
//           plan: [{ asks, button | buttonAt | text }], expectMoreQuestion, expectFinalText }.
// Each plan step waits until the bot's newest question (heelbot.turn.asks, read off the WebSocket), sent after the
// person's last answer, is `asks`, is shown on the page with its buttons, and (for the six triage questions) the
// progress display shows that step; then it presses the button titled `button` (or the one at index `buttonAt`,
// for choices not known in advance such as free times) or types `text`, and waits for the person's own bubble.
// After the plan it waits for the message carrying the disposition and then, with expectFinalText (a regular
// expression), for the bot's message after the last answer whose text matches it, as shown on the page (such as a
// booking reference); otherwise, with expectMoreQuestion, for the advice and the "more or book?" question.
// When the conversation cannot go on it exits 1 with the reason and a screenshot in artifactsDir. Otherwise it
// prints one line "RESULT <json>" with what a person saw (texts, page strings, console errors, requests to other
// hosts, axe-core scans, lines run together), for the C# test to judge, and leaves a mid-conversation and an end
// screenshot in artifactsDir.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const config = JSON.parse(process.argv[2]);
const origin = new URL(config.baseUrl).origin;
const stepTimeout = config.stepTimeoutMs || 15000;

// The questions in the order the progress display shows them, with the Danish labels a person reads.
const STEPS = ['location', 'timing', 'duration', 'age', 'redflags', 'activity'];
const STEP_LABELS = { location: 'Hvor', timing: 'Hvornår', duration: 'Hvor længe', age: 'Alder', redflags: 'Faresignaler', activity: 'Aktivitet' };

const activities = [];
const consoleErrors = [];
const foreignRequests = [];
const sameOriginRequests = [];
const failedRequests = [];
const screenshots = [];
const axeScans = [];
const checked = [];
// Where in `activities` the person's last answer came back: a question counts only if the bot sent it after that,
// so two questions in a row with the same `asks` (name, phone, e-mail) are told apart.
let lastAnswerAt = -1;
let page;
let context;
let userDataDir;

function turnOf(activity) {
  return (activity.entities || []).find((entity) => entity && entity.type === 'heelbot.turn') || null;
}

function botMessages() {
  return activities.filter((a) => a.type === 'message' && a.from && a.from.role === 'bot');
}

function brief(activity) {
  const turn = turnOf(activity) || {};
  return { role: activity.from && activity.from.role, text: (activity.text || '').slice(0, 80), asks: turn.asks, disposition: turn.disposition };
}

function stepOf(asks) {
  if (!asks) {
    return null;
  }
  return asks.indexOf('redflag') === 0 ? 'redflags' : (STEPS.includes(asks) ? asks : null);
}

// Text compared as a person reads it: whitespace collapsed, quotes as Web Chat's markdown typesets them
// ("3 uger" becomes “3 uger”), and without the zero-width spaces Web Chat puts around a link (an e-mail address).
function normalize(text) {
  return text.replace(/[\u200B-\u200D\uFEFF]/g, '').replace(/[“”„"]/g, '"').replace(/[‘’']/g, "'").replace(/\s+/g, ' ').trim();
}

// The first line of a message as the page shows it: markdown emphasis gone.
function visibleLine(text) {
  return normalize(text.split('\n')[0].replace(/\*\*|__/g, ''));
}

async function screenshot(label) {
  if (!page || !config.artifactsDir) {
    return null;
  }
  fs.mkdirSync(config.artifactsDir, { recursive: true });
  const file = path.join(config.artifactsDir, `${config.name}-${label}.png`);
  try {
    await page.screenshot({ path: file, fullPage: false, timeout: 5000 });
    screenshots.push(file);
    return file;
  } catch (e) {
    console.error('could not take the screenshot ' + file + ': ' + e.message);
    return null;
  }
}

async function cleanup() {
  if (context) {
    await context.close().catch(() => {});
    context = null;
  }
  if (userDataDir) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    userDataDir = null;
  }
}

let failing = false;
async function fail(message) {
  if (failing) {
    return;
  }
  failing = true;
  console.error('FAIL: ' + message);
  const shot = await screenshot('failure');
  if (shot) {
    console.error('SCREENSHOT: ' + shot);
  }
  console.error('TRANSCRIPT: ' + JSON.stringify(activities.map(brief)));
  console.error('CONSOLE ERRORS: ' + JSON.stringify(consoleErrors));
  console.error('FOREIGN REQUESTS: ' + JSON.stringify(foreignRequests));
  await cleanup();
  process.exit(1);
}

const watchdog = setTimeout(() => fail(`no result within ${config.timeoutMs} ms`), config.timeoutMs || 60000);

function check(condition, what) {
  if (!condition) {
    throw new Error(what);
  }
  checked.push(what);
}

// Polls `probe` (async, returns a truthy value when satisfied) until it holds or `ms` pass. `what` (a string, or a
// function giving one when the wait fails) says what was awaited.
async function until(probe, what, ms = stepTimeout) {
  const describe = () => (typeof what === 'function' ? what() : what);
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await probe();
    } catch (e) {
      last = undefined;
      if (Date.now() >= deadline) {
        throw new Error(`timed out waiting for ${describe()} (${e.message})`);
      }
    }
    if (last) {
      return last;
    }
    if (Date.now() >= deadline) {
      throw new Error('timed out waiting for ' + describe());
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Every bubble's rendered text in the transcript, in order, with who sent it.
function transcriptTexts() {
  return page.evaluate(() => Array.from(document.querySelectorAll('.webchat__basic-transcript__activity')).map((article) => {
    const layout = article.querySelector('.webchat__stacked-layout, .webchat__carousel-layout');
    const content = article.querySelector('.webchat__bubble__content');
    return {
      fromUser: !!(layout && layout.className.includes('from-user')) || !!article.querySelector('.webchat__bubble--from-user'),
      text: content ? content.innerText : '',
    };
  }));
}

async function bubbleShown(text, fromUser) {
  const line = visibleLine(text);
  const texts = await transcriptTexts();
  return texts.some((bubble) => bubble.fromUser === fromUser && normalize(bubble.text).includes(line));
}

// The bot's newest message that asks something, with its heelbot.turn entity.
function currentQuestion() {
  const messages = botMessages();
  for (let i = messages.length - 1; i >= 0; i--) {
    const turn = turnOf(messages[i]);
    if (turn && turn.asks) {
      return { activity: messages[i], turn };
    }
  }
  return null;
}

async function suggestedActionTitles() {
  return page.$$eval('.webchat__suggested-actions button.webchat__suggested-action', (buttons) =>
    buttons.filter((b) => b.offsetParent !== null).map((b) => b.innerText.trim()));
}

async function progressState() {
  return page.evaluate(() => {
    const section = document.getElementById('heelbot-progress');
    const current = section.querySelector('[aria-current="step"]');
    return {
      hidden: section.hidden || section.offsetParent === null,
      asks: section.getAttribute('data-asks'),
      text: document.getElementById('heelbot-progress-text').innerText.trim(),
      labels: Array.from(section.querySelectorAll('.heelbot__step')).map((li) => li.innerText.trim()),
      done: Array.from(section.querySelectorAll('.heelbot__step--done')).map((li) => li.getAttribute('data-step')),
      current: current ? current.getAttribute('data-step') : null,
    };
  });
}

// The progress display says what the bot's newest heelbot.turn entity says.
async function checkProgress(expectedStep, done) {
  const want = done
    ? { asks: 'done', text: 'Alle spørgsmål er besvaret' }
    : { asks: expectedStep, text: `Spørgsmål ${STEPS.indexOf(expectedStep) + 1} af ${STEPS.length}: ${STEP_LABELS[expectedStep]}` };
  const state = await until(async () => {
    const s = await progressState();
    return !s.hidden && s.asks === want.asks && s.text === want.text ? s : null;
  }, `the progress display to show "${want.text}"`, 5000);
  check(JSON.stringify(state.labels) === JSON.stringify(STEPS.map((s) => STEP_LABELS[s])), 'the progress steps carry the Danish labels');
  const doneCount = done ? STEPS.length : STEPS.indexOf(expectedStep);
  check(state.done.length === doneCount && state.current === (done ? null : expectedStep),
    `the progress display marks ${doneCount} steps done and ${done ? 'none' : expectedStep} current`);
  return state;
}

async function waitForQuestion(asks) {
  const question = await until(() => {
    const q = currentQuestion();
    return q && q.turn.asks === asks && activities.indexOf(q.activity) > lastAnswerAt ? q : null;
  }, () => `the bot to ask "${asks}" (its newest question asks "${(currentQuestion() || { turn: {} }).turn.asks}")`);
  await until(() => bubbleShown(question.activity.text || '', false), `the question "${visibleLine(question.activity.text || '')}" to be shown`);
  const actions = ((question.activity.suggestedActions || {}).actions || []).map((a) => a.title);
  if (actions.length > 0) {
    await until(async () => JSON.stringify(await suggestedActionTitles()) === JSON.stringify(actions),
      `the buttons ${JSON.stringify(actions)} to be shown`);
  }
  const step = stepOf(asks);
  if (step) {
    await checkProgress(step, false);
  }
  return { question, actions };
}

async function answer(step, actions) {
  const before = activities.length;
  let sent;
  const title = typeof step.buttonAt === 'number' ? actions[step.buttonAt] : step.button;
  if (title) {
    check(actions.includes(title), `"${title}" is one of the buttons ${JSON.stringify(actions)}`);
    const button = page.locator('.webchat__suggested-actions').getByRole('button', { name: title, exact: true });
    await button.click({ timeout: stepTimeout });
    sent = title;
  } else if (typeof step.buttonAt === 'number') {
    throw new Error(`no button at ${step.buttonAt} among ${JSON.stringify(actions)}`);
  } else {
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.click({ timeout: stepTimeout });
    await input.fill(step.text);
    await input.press('Enter');
    sent = step.text;
  }
  // The person's own message comes back from the host as its echo and is shown as their bubble.
  const echo = await until(() => activities.slice(before).find((a) => a.from && a.from.role === 'user' && a.text === sent),
    `the echo of "${sent}"`);
  lastAnswerAt = activities.indexOf(echo);
  await until(() => bubbleShown(sent, true), `the person's bubble "${sent}"`);
  return sent;
}

// The advice messages as a person sees them: each title ("**title**" in the message) rendered bold and visible.
async function checkAdvice(adviceActivities) {
  const titles = [];
  for (const activity of adviceActivities) {
    const match = /^\*\*(.+?)\*\*/.exec(activity.text || '');
    check(match !== null, `the advice message for ${JSON.stringify(turnOf(activity).sections)} starts with a bold title`);
    titles.push(match[1]);
  }
  for (const title of titles) {
    const strong = page.locator('.webchat__basic-transcript__activity strong', { hasText: title }).first();
    await strong.waitFor({ state: 'visible', timeout: stepTimeout });
    await strong.scrollIntoViewIfNeeded();
    check(await strong.isVisible(), `the advice title "${title}" is rendered bold and visible`);
  }
  return titles;
}

// A message written on several lines is shown on several lines: each source line starts a line on the page
// (Web Chat renders markdown without "breaks", so a bare "\n" runs the lines together into one paragraph).
// Returns the messages where it does not, for the C# test to judge.
async function linesRunTogether() {
  const rendered = (await transcriptTexts()).filter((t) => !t.fromUser).map((t) => t.text.split('\n').map(normalize).filter(Boolean));
  const runTogether = [];
  for (const activity of botMessages()) {
    const lines = (activity.text || '').split('\n')
      .map((line) => normalize(line.replace(/\*\*|__/g, '').replace(/^\s*(?:[-*+]|\d+[.)]|#+)\s+/, '')))
      .filter(Boolean);
    if (lines.length < 2) {
      continue;
    }
    const bubble = rendered.find((r) => r.join(' ').includes(lines[0].slice(0, 30)));
    const missing = lines.filter((line) => !(bubble || []).some((shown) => shown.startsWith(line.slice(0, 30))));
    if (missing.length > 0) {
      runTogether.push(lines[0].slice(0, 60) + ' … ' + missing.map((l) => JSON.stringify(l.slice(0, 40))).join(', ') + ' do not start a line');
    }
  }
  return runTogether;
}

// Markdown syntax a person would see as such (asterisks, underscores, hashes) in any bubble.
async function rawMarkdown() {
  return (await transcriptTexts()).filter((t) => /\*\*|__|^#+ /m.test(t.text)).map((t) => t.text.slice(0, 80));
}

// The page's own strings and Web Chat's, as shown (the C# test checks they are Danish).
function pageStrings() {
  return page.evaluate(() => {
    const attribute = (selector, name) => {
      const element = document.querySelector(selector);
      return element ? element.getAttribute(name) : null;
    };
    return {
      lang: document.documentElement.lang,
      title: document.title,
      subtitle: document.querySelector('.heelbot__subtitle').innerText.trim(),
      restart: document.getElementById('heelbot-restart').innerText.trim(),
      disclaimer: document.querySelector('.heelbot__footer').innerText.trim(),
      placeholder: attribute('[data-id="webchat-sendbox-input"]', 'placeholder'),
      sendBoxLabel: attribute('[data-id="webchat-sendbox-input"]', 'aria-label'),
      suggestedActionsLabel: attribute('.webchat__suggested-actions', 'aria-label'),
      transcriptLabel: attribute('.webchat__basic-transcript', 'aria-label'),
    };
  });
}

async function axeScan(label) {
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through DevTools, not a <script> tag: the page's CSP (script-src 'self') stays as it is.
  await page.evaluate(source);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: (n.failureSummary || '').slice(0, 300) })),
      count: v.nodes.length,
    }));
  });
  axeScans.push({ label, violations: result });
  return result;
}

async function main() {
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'heelbot-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: config.chromium || '/usr/bin/chromium',
    headless: true,
    locale: 'da-DK',
    viewport: { width: 1024, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });

  // Every request the page makes is recorded; anything not for the test host is refused and reported.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) {
      foreignRequests.push(route.request().method() + ' ' + route.request().url());
      return route.abort('blockedbyclient');
    }
    return route.fallback();
  });
  page = context.pages()[0] || await context.newPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) {
      sameOriginRequests.push(request.method() + ' ' + url.pathname);
    } else if (url.protocol !== 'data:' && url.protocol !== 'blob:' && !foreignRequests.some((r) => r.endsWith(' ' + request.url()))) {
      foreignRequests.push(request.method() + ' ' + request.url());
    }
  });
  page.on('requestfailed', (request) => {
    // Requests to other hosts are refused on purpose and reported as such; these are the host's own.
    if (new URL(request.url()).origin === origin) {
      failedRequests.push(request.method() + ' ' + request.url() + ' ' + ((request.failure() || {}).errorText || ''));
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') {
      consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => consoleErrors.push('uncaught: ' + error.message));

  // What the host sends Web Chat over its WebSocket: the activities, with their heelbot.turn entities.
  const sockets = [];
  page.on('websocket', (socket) => {
    sockets.push(socket.url());
    if (new URL(socket.url()).host !== new URL(origin).host) {
      foreignRequests.push('WEBSOCKET ' + socket.url());
    }
    socket.on('framereceived', (frame) => {
      if (typeof frame.payload !== 'string' || frame.payload.length === 0) {
        return;
      }
      let set;
      try {
        set = JSON.parse(frame.payload);
      } catch (e) {
        return;
      }
      for (const activity of set.activities || []) {
        if (!activities.some((a) => a.id === activity.id)) {
          activities.push(activity);
        }
      }
    });
  });

  await page.goto(config.baseUrl, { waitUntil: 'load', timeout: stepTimeout });

  // The welcome, then the first question with its buttons.
  await until(() => botMessages().length > 0, 'the first message from the bot');
  const welcome = botMessages()[0];
  await until(() => bubbleShown(welcome.text, false), 'the welcome to be shown');

  let ui = null;
  const asked = [];
  const answered = [];
  const progress = [];
  let midShot = null;
  for (let i = 0; i < config.plan.length; i++) {
    const step = config.plan[i];
    const { actions } = await waitForQuestion(step.asks);
    asked.push(step.asks);
    const state = await progressState();
    progress.push({ asks: step.asks, shown: state.asks, text: state.text });
    if (i === 0) {
      // Web Chat's own strings (the buttons' toolbar) exist once a question with buttons is shown.
      ui = await pageStrings();
    }
    // Scanned at every question: axe judges colour contrast only for what is on screen, and the transcript scrolls.
    await axeScan(step.asks);
    answered.push(await answer(step, actions));
    if (i === Math.floor(config.plan.length / 2)) {
      midShot = await screenshot('mid-conversation');
    }
  }

  // The outcome: the message carrying the disposition, shown on the page.
  const outcome = await until(() => botMessages().find((a) => (turnOf(a) || {}).disposition), 'a message with the disposition');
  const disposition = turnOf(outcome).disposition;
  await until(() => bubbleShown(outcome.text, false), 'the outcome message to be shown');

  let adviceTitles = [];
  let finalText = null;
  if (config.expectFinalText) {
    // The conversation goes on past the outcome (a booking): its last message, after the last answer, as shown.
    const pattern = new RegExp(config.expectFinalText);
    const final = await until(() => botMessages().find((a) => activities.indexOf(a) > lastAnswerAt && pattern.test(a.text || '')),
      `a message matching /${config.expectFinalText}/ after the last answer`);
    await until(() => bubbleShown(final.text, false), 'the final message to be shown');
    finalText = (await transcriptTexts()).filter((t) => !t.fromUser).map((t) => t.text).find((t) => normalize(t).includes(visibleLine(final.text)));
    check(pattern.test(finalText || ''), `the page shows /${config.expectFinalText}/`);
  } else if (config.expectMoreQuestion) {
    // Advice dispositions end with the question whether to see more or book; the advice comes before it.
    await waitForQuestion('booking.offer');
    adviceTitles = await checkAdvice(botMessages().filter((a) => ((turnOf(a) || {}).sections || []).length > 0));
  } else {
    // Seek-care outcomes say what to do and nothing else: give the page a moment to show anything that follows.
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  if (config.expectMoreQuestion) {
    // After the last question the display says every question is answered. (A seek-care outcome skips questions,
    // so what it shows then is only reported.)
    await checkProgress(null, true);
  }
  const finalProgress = await progressState();
  const runTogether = await linesRunTogether();
  const markdownShown = await rawMarkdown();
  const outcomeText = (await transcriptTexts()).filter((t) => !t.fromUser).map((t) => t.text).find((t) => normalize(t).includes(visibleLine(outcome.text)));
  await axeScan('outcome');
  await page.locator('.webchat__basic-transcript__scrollable').evaluate((element) => { element.scrollTop = 0; });
  await axeScan('outcome, scrolled to the top');
  await page.locator('.webchat__basic-transcript__scrollable').evaluate((element) => { element.scrollTop = element.scrollHeight; });
  const finalShot = await screenshot('end');

  const adviceSections = botMessages().flatMap((a) => (turnOf(a) || {}).sections || []);
  const result = {
    asked,
    answered,
    progress,
    finalProgress: finalProgress.text,
    disposition,
    outcomeText,
    finalText,
    redFlags: turnOf(outcome).redFlags || [],
    adviceSections,
    adviceTitles,
    runTogether,
    markdownShown,
    ui,
    botTexts: botMessages().map((a) => a.text),
    consoleErrors,
    foreignRequests,
    failedRequests,
    webSockets: sockets,
    requests: sameOriginRequests.length,
    axe: axeScans,
    screenshots: [midShot, finalShot].filter(Boolean),
    checked: checked.length,
  };
  clearTimeout(watchdog);
  await cleanup();
  console.log('RESULT ' + JSON.stringify(result));
}

main().catch((e) => fail(e && e.stack ? e.stack : String(e)));
