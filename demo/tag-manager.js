// A stand-in for the shop's tag manager: like a real one it adds vendors' tags at run time,
// unmarked, with the ordinary DOM and network APIs. The shop never asks Consentry first;
// Consentry's gate decides whether each request may leave the page.
(function () {
  'use strict';
  var head = document.head;

  // Fresh Relevance from its second host, as a plain script element.
  var fr = document.createElement('script');
  fr.async = true;
  fr.src = 'https://dkpklk99llpj0.cloudfront.net/obscura-row/tm.js';
  head.appendChild(fr);

  // A DoubleClick Floodlight activity, the old way: an image pixel and an iframe.
  new Image().src = 'https://ad.doubleclick.net/activity;src=1234567;type=visit;cat=home;ord=' + Date.now();
  document.addEventListener('DOMContentLoaded', function () {
    var frame = document.createElement('iframe');
    frame.src = 'https://1234567.fls.doubleclick.net/activityi;src=1234567;type=visit;cat=home;ord=1?';
    frame.width = frame.height = '1';
    frame.hidden = true;
    frame.title = 'Floodlight';
    document.body.appendChild(frame);
  });

  // Rakuten Advertising's site-wide tag, injected as markup.
  head.insertAdjacentHTML('beforeend', '<script async src="https://tag.rmp.rakuten.com/112233.ct.js"><\/script>');

  // Mixpanel page-view sent straight to its API (a network call, not an element).
  try {
    navigator.sendBeacon('https://api-js.mixpanel.com/track/?ip=1', 'data=' + encodeURIComponent('{"event":"tm page view"}'));
  } catch (_e) {
    // Old browsers without sendBeacon: nothing to send.
  }

  // A reviews widget from a host no vendor claims: Consentry leaves it alone.
  var reviews = document.createElement('script');
  reviews.async = true;
  reviews.src = 'https://reviews.obscura-row.example/widget.js';
  head.appendChild(reviews);
})();
