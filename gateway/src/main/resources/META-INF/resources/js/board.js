// Keeps the board current: each event the gateway reports (server-sent events from the suite's topics)
// reloads the board's data once; events arriving while a reload runs cause one more reload after it.
(function () {
  var target = document.getElementById('board-data');
  if (!target || !window.EventSource) { return; }
  var loading = false, again = false;
  function reload() {
    if (loading) { again = true; return; }
    loading = true;
    htmx.ajax('GET', '/board/fragment', { target: '#board-data', swap: 'innerHTML' }).finally(function () {
      loading = false;
      if (again) { again = false; reload(); }
    });
  }
  var events = new EventSource('/board/events');
  events.onmessage = reload;
  events.onopen = function () { document.getElementById('board-live').hidden = false; };
})();
