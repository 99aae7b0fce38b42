// The officer's workbench: j/k move through a queue, Enter opens the selected consignment, "/" searches; on a
// consignment 1/2/3 choose the outcome and Ctrl+Enter records it. Everything also works without this script.
(function () {
  "use strict";

  function typing(target) {
    var tag = target && target.tagName;
    if (tag === "INPUT" && (target.type === "radio" || target.type === "checkbox")) {
      return false;
    }
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("#queue-table tbody tr[data-tracking-number]"));
  }

  function select(index) {
    var all = rows();
    if (all.length === 0) {
      return;
    }
    var next = Math.max(0, Math.min(all.length - 1, index));
    all.forEach(function (row, i) {
      row.setAttribute("aria-selected", i === next ? "true" : "false");
    });
    all[next].querySelector("a.open").focus();
  }

  function selected() {
    return rows().findIndex(function (row) { return row.getAttribute("aria-selected") === "true"; });
  }

  document.addEventListener("keydown", function (event) {
    var form = document.getElementById("result-form");
    if (form && event.ctrlKey && event.key === "Enter" && form.contains(event.target)) {
      event.preventDefault();
      form.requestSubmit();
      return;
    }
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    if (event.key === "/" && document.getElementById("search")) {
      event.preventDefault();
      document.getElementById("search").focus();
    } else if ((event.key === "j" || event.key === "k") && rows().length > 0) {
      event.preventDefault();
      var at = selected();
      select(at < 0 ? 0 : at + (event.key === "j" ? 1 : -1));
    } else if (event.key === "Enter" && selected() >= 0 && event.target.tagName !== "A") {
      event.preventDefault();
      rows()[selected()].querySelector("a.open").click();
    } else if (form && /^[1-9]$/.test(event.key)) {
      var choice = form.querySelector('input[name="outcome"][data-shortcut="' + event.key + '"]');
      if (choice) {
        event.preventDefault();
        choice.checked = true;
        choice.focus();
      }
    }
  });

  // A rejected result (422) or a case that moved on (409) comes back as the page with the form's errors: show it.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    if (status === 422 || status === 409) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // After the case file is swapped in, put focus where the officer reads on: the errors, or the new status.
  document.addEventListener("htmx:afterSettle", function (event) {
    if (!document.getElementById("case-file")) {
      return;
    }
    var errors = document.getElementById("result-errors");
    var status = document.getElementById("case-status");
    if (errors) {
      errors.setAttribute("tabindex", "-1");
      errors.focus();
    } else if (status) {
      status.focus();
    }
  });
})();
