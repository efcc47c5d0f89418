// HeelBot's chat page: gets a short-lived Direct Line token from this host (never a secret), renders the real
// Web Chat widget against the host's own Direct Line endpoint, and shows how far the questions have come from
// the heelbot.turn entity of the bot's latest message.
(function () {
  'use strict';

  // Relative to the page, so the host may sit under a path prefix. No trailing slash: DirectLineJS appends "/…".
  var DIRECT_LINE = new URL('v3/directline', document.baseURI).href;
  var SESSION_KEY = 'heelbot.directline.conversation';

  // The questions in the order the bot asks them (DESIGN.md, heelbot.turn.asks).
  var STEPS = ['location', 'timing', 'duration', 'age', 'redflags', 'activity'];

  var TEXTS = {
    da: {
      steps: { location: 'Hvor', timing: 'Hvornår', duration: 'Hvor længe', age: 'Alder', redflags: 'Faresignaler', activity: 'Aktivitet' },
      progress: function (n, total, label) { return 'Spørgsmål ' + n + ' af ' + total + ': ' + label; },
      done: 'Alle spørgsmål er besvaret',
      careNow: 'Søg hjælp nu – læs beskeden herunder',
      subtitle: 'Din guide til ondt i hælen',
      restart: 'Ny samtale',
      connecting: 'Forbinder …',
      failed: 'Chatten kunne ikke starte. Prøv at genindlæse siden om lidt. Ved akut sygdom eller skade: ring 112.',
      disclaimer: 'HeelBot giver generel information, ikke en diagnose. Ved akut sygdom eller skade: ring 112.'
    },
    en: {
      steps: { location: 'Where', timing: 'When', duration: 'How long', age: 'Age', redflags: 'Warning signs', activity: 'Activity' },
      progress: function (n, total, label) { return 'Question ' + n + ' of ' + total + ': ' + label; },
      done: 'All questions answered',
      careNow: 'Get care now – read the message below',
      subtitle: 'Your guide to heel pain',
      restart: 'New conversation',
      connecting: 'Connecting …',
      failed: 'The chat could not start. Please reload the page in a moment. In an emergency, call 112.',
      disclaimer: 'HeelBot gives general information, not a diagnosis. In an emergency, call 112.'
    }
  };

  var language = 'da';
  var lastProgress = null;

  function texts() {
    return TEXTS[language] || TEXTS.da;
  }

  function turnOf(activity) {
    var entities = activity.entities || [];
    for (var i = 0; i < entities.length; i++) {
      if (entities[i] && entities[i].type === 'heelbot.turn') {
        return entities[i];
      }
    }
    return null;
  }

  // "redflag.<id>" (one red flag at a time) belongs to the red-flag step; consent, booking and feedback are no step.
  function stepIndex(asks) {
    if (!asks) {
      return -1;
    }
    return STEPS.indexOf(asks.indexOf('redflag') === 0 ? 'redflags' : asks);
  }

  function applyLanguage() {
    var nodes = document.querySelectorAll('[data-i18n]');
    for (var i = 0; i < nodes.length; i++) {
      var text = texts()[nodes[i].getAttribute('data-i18n')];
      if (typeof text === 'string') {
        nodes[i].textContent = text;
      }
    }
    document.documentElement.lang = language;
  }

  function renderProgress(progress) {
    var section = document.getElementById('heelbot-progress');
    var list = document.getElementById('heelbot-steps');
    var label = document.getElementById('heelbot-progress-text');
    var current = progress.done ? STEPS.length : progress.index;
    list.textContent = '';
    for (var i = 0; i < STEPS.length; i++) {
      var item = document.createElement('li');
      item.className = 'heelbot__step' + (i < current ? ' heelbot__step--done' : i === current ? ' heelbot__step--current' : '');
      item.textContent = texts().steps[STEPS[i]];
      item.setAttribute('data-step', STEPS[i]);
      if (i === current) {
        item.setAttribute('aria-current', 'step');
      }
      list.appendChild(item);
    }
    label.textContent = progress.careNow
      ? texts().careNow
      : progress.done
      ? texts().done
      : texts().progress(current + 1, STEPS.length, texts().steps[STEPS[current]]);
    section.setAttribute('data-asks', progress.done ? 'done' : STEPS[current]);
    section.hidden = false;
  }

  // Called for every message the bot sends (also for those replayed when a conversation is resumed).
  function onBotMessage(activity) {
    var turn = turnOf(activity);
    if (!turn) {
      return;
    }
    if (turn.language && TEXTS[turn.language] && turn.language !== language) {
      language = turn.language;
      applyLanguage();
      if (lastProgress) {
        renderProgress(lastProgress);
      }
    }
    var index = stepIndex(turn.asks);
    if (turn.disposition) {
      // Emergency and urgent stop the questions: say so rather than "all answered".
      lastProgress = { done: true, index: STEPS.length, careNow: turn.disposition === 'emergency' || turn.disposition === 'urgent' };
    } else if (index >= 0) {
      lastProgress = { done: false, index: index };
    } else {
      return;
    }
    renderProgress(lastProgress);
  }

  function showFailure() {
    var status = document.getElementById('heelbot-status');
    if (status) {
      status.textContent = texts().failed;
      status.className = 'heelbot__status heelbot__status--error';
    }
  }

  function post(path, token) {
    var headers = token ? { Authorization: 'Bearer ' + token } : {};
    return fetch(DIRECT_LINE + path, { method: 'POST', headers: headers, credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error('Direct Line answered ' + response.status + ' to ' + path);
      }
      return response.json();
    });
  }

  // A reload in the same tab continues the same conversation (the host keeps it); otherwise a new token.
  function connection() {
    var saved = null;
    try {
      saved = JSON.parse(window.sessionStorage.getItem(SESSION_KEY) || 'null');
    } catch (e) {
      saved = null;
    }
    if (saved && saved.conversationId && saved.token) {
      return post('/tokens/refresh', saved.token).then(
        function (refreshed) {
          return { token: refreshed.token, conversationId: saved.conversationId };
        },
        function () {
          window.sessionStorage.removeItem(SESSION_KEY);
          return connection();
        });
    }
    return post('/tokens/generate').then(function (generated) {
      return { token: generated.token };
    });
  }

  function remember(directLine) {
    if (directLine.conversationId && directLine.token) {
      window.sessionStorage.setItem(SESSION_KEY, JSON.stringify({ conversationId: directLine.conversationId, token: directLine.token }));
    }
  }

  var styleOptions = {
    accent: '#2f6f6a',
    backgroundColor: '#f6faf9',
    primaryFont: '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif',
    botAvatarInitials: 'HB',
    botAvatarBackgroundColor: '#2f6f6a',
    userAvatarInitials: 'DIG',
    // White initials on this green reach 5.4:1 (WCAG AA).
    userAvatarBackgroundColor: '#5b6e6b',
    timestampColor: '#5b6e6b',
    bubbleBackground: '#ffffff',
    bubbleBorderColor: '#d5e4e1',
    bubbleBorderWidth: 1,
    bubbleBorderRadius: 12,
    bubbleFromUserBackground: '#2f6f6a',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderColor: '#2f6f6a',
    bubbleFromUserBorderWidth: 1,
    bubbleFromUserBorderRadius: 12,
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#2f6f6a',
    suggestedActionBorderRadius: 16,
    suggestedActionTextColor: '#2f6f6a',
    sendBoxButtonColor: '#2f6f6a',
    hideUploadButton: true
  };

  function start() {
    applyLanguage();
    connection().then(function (options) {
      var directLine = window.WebChat.createDirectLine({
        domain: DIRECT_LINE,
        token: options.token,
        conversationId: options.conversationId,
        webSocket: true,
        conversationStartProperties: { locale: 'da-DK' }
      });

      var store = window.WebChat.createStore({}, function () {
        return function (next) {
          return function (action) {
            if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
              var activity = action.payload.activity;
              if (activity.type === 'message' && activity.from && activity.from.role === 'bot') {
                onBotMessage(activity);
              }
              remember(directLine);
            }
            return next(action);
          };
        };
      });

      window.WebChat.renderWebChat({
        directLine: directLine,
        store: store,
        locale: 'da-DK',
        styleOptions: styleOptions,
        // The bot writes one line per item ("• …"); markdown would join single line breaks into one paragraph.
        renderMarkdown: function (markdown, options, linkOptions) {
          return window.WebChat.renderMarkdown(markdown.replace(/([^\n])\n(?!\n)/g, '$1  \n'), options, linkOptions);
        },
        overrideLocalizedStrings: {
          TEXT_INPUT_PLACEHOLDER: 'Skriv dit svar her'
        }
      }, document.getElementById('webchat'));
    }, showFailure);
  }

  document.getElementById('heelbot-restart').addEventListener('click', function () {
    window.sessionStorage.removeItem(SESSION_KEY);
    window.location.reload();
  });

  if (!window.WebChat) {
    showFailure();
    return;
  }
  start();
})();
