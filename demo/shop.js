// The shop's own code (necessary): a basket kept in localStorage. Not a vendor; never gated.
(function () {
  'use strict';
  var KEY = 'obscura-basket';
  function read() {
    try {
      return JSON.parse(localStorage.getItem(KEY) || '[]');
    } catch (_e) {
      return [];
    }
  }
  function write(items) {
    localStorage.setItem(KEY, JSON.stringify(items));
  }
  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('[data-add]');
    if (!button) return;
    var items = read();
    items.push({ name: button.getAttribute('data-add'), price: Number(button.getAttribute('data-price')) });
    write(items);
    button.textContent = 'Added to basket';
  });
  document.addEventListener('DOMContentLoaded', function () {
    var list = document.querySelector('[data-basket]');
    if (!list) return;
    var items = read();
    var total = 0;
    items.forEach(function (item) {
      var li = document.createElement('li');
      li.textContent = item.name + ' \u2014 \u00a3' + item.price.toFixed(2);
      list.appendChild(li);
      total += item.price;
    });
    if (!items.length) list.insertAdjacentHTML('beforeend', '<li>Your basket is empty.</li>');
    document.querySelector('[data-total]').textContent = '\u00a3' + total.toFixed(2);
  });
})();
