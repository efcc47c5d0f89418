// The demo's launcher: the frame loads the chat only when first opened, so a page view starts no conversation.
(function () {
  'use strict';
  var frame = document.getElementById('heelbot-frame');
  document.getElementById('heelbot-open').addEventListener('click', function () {
    frame.hidden = !frame.hidden;
    if (!frame.getAttribute('src')) {
      frame.setAttribute('src', frame.getAttribute('data-src'));
    }
  });
})();
