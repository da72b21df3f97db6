// Print buttons (data-print): a script of the site's own, since the Content-Security-Policy allows no inline handlers.
document.addEventListener('click', function (e) {
  var button = e.target instanceof Element ? e.target.closest('[data-print]') : null;
  if (button) window.print();
});
