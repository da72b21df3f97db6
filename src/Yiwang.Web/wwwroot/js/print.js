// Print buttons (data-print): a script of the site's own, since the Content-Security-Policy allows no inline handlers.
// The buttons are rendered hidden and shown here (and the hint beside them hidden), so a browser without
// JavaScript sees the hint (the browser's own 打印, which the print stylesheet serves) instead of a button that does nothing.
function showPrintButtons() {
  document.querySelectorAll('[data-print][hidden]').forEach(function (b) { b.hidden = false; });
  document.querySelectorAll('[data-print-hint]').forEach(function (h) { h.hidden = true; });
}
showPrintButtons();
// Pages reached by Blazor's enhanced navigation are patched in without running this file again.
if (window.Blazor && window.Blazor.addEventListener) window.Blazor.addEventListener('enhancedload', showPrintButtons);
document.addEventListener('click', function (e) {
  var button = e.target instanceof Element ? e.target.closest('[data-print]') : null;
  if (button) window.print();
});
