// The console's shared behaviour: htmx requests carry the page's CSRF token, and a few keyboard shortcuts move
// between the console's sections ("g" then a letter; "?" lists them). Pages add their own shortcuts in their own files.
(function () {
  "use strict";

  document.addEventListener("htmx:configRequest", function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  var destinations = { q: "/console/queues/inspection", d: "/console/dashboard", s: "/console/sandbox", h: "/console" };
  var leader = false;

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    if (leader) {
      leader = false;
      if (destinations[event.key]) {
        event.preventDefault();
        window.location.assign(destinations[event.key]);
      }
      return;
    }
    if (event.key === "g") {
      leader = true;
      return;
    }
    if (event.key === "?") {
      var help = document.getElementById("shortcuts");
      if (help && typeof help.showModal === "function") {
        event.preventDefault();
        help.showModal();
      }
    }
  });
})();
