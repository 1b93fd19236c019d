/* Small behaviours for every page; the pages work without them. */
(function () {
  "use strict";

  // Shared links stay short: leave empty form fields out of htmx requests (and so the URL).
  document.addEventListener("htmx:configRequest", function (event) {
    var data = event.detail.formData;
    if (!data || event.detail.verb !== "get") {
      return;
    }
    var empty = [];
    data.forEach(function (value, name) {
      if (value === "") {
        empty.push(name);
      }
    });
    empty.forEach(function (name) { data.delete(name); });
  });

  // htmx does not swap error responses: show the 400's message ("Invalid parameter 'start': …")
  // beside the form that sent it, and clear it on the next good answer.
  function errorBox(form) {
    var box = form && form.querySelector(".form-error");
    if (!box && form) {
      box = document.createElement("p");
      box.className = "form-error";
      box.setAttribute("role", "alert");
      form.appendChild(box);
    }
    return box;
  }

  document.addEventListener("htmx:responseError", function (event) {
    var form = event.detail.elt.closest("form") || event.detail.elt.querySelector("form");
    var box = errorBox(form);
    if (box) {
      box.textContent = event.detail.xhr.responseText || "The request failed (" + event.detail.xhr.status + ").";
    }
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail.successful) {
      var form = event.detail.elt.closest("form");
      var box = form && form.querySelector(".form-error");
      if (box) {
        box.remove();
      }
    }
  });

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    try {
      document.execCommand("copy");
    } finally {
      document.body.removeChild(area);
    }
    return Promise.resolve();
  }

  function setUp(root) {
    root.querySelectorAll(".copy-link[hidden]").forEach(function (button) {
      button.hidden = false;
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest(".copy-link");
    if (!button) {
      return;
    }
    copyText(window.location.href).then(function () {
      button.textContent = "Link copied";
      window.setTimeout(function () { button.textContent = "Copy link"; }, 2000);
    });
  });

  document.addEventListener("focusin", function (event) {
    if (event.target.matches(".embed-code textarea")) {
      event.target.select();
    }
  });

  // Search: the down arrow moves from the box into the results, up and down move between them.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp" && event.key !== "Escape") {
      return;
    }
    var box = document.getElementById("search-q");
    var results = document.getElementById("search-results");
    if (!box || !results) {
      return;
    }
    var links = Array.prototype.slice.call(results.querySelectorAll("a"));
    var index = links.indexOf(document.activeElement);
    if (event.target === box && event.key === "ArrowDown" && links.length) {
      links[0].focus();
    } else if (index >= 0 && event.key === "ArrowDown" && index + 1 < links.length) {
      links[index + 1].focus();
    } else if (index >= 0 && event.key === "ArrowUp") {
      (index > 0 ? links[index - 1] : box).focus();
    } else if (index >= 0 && event.key === "Escape") {
      box.focus();
    } else {
      return;
    }
    event.preventDefault();
  });

  document.addEventListener("DOMContentLoaded", function () { setUp(document); });
  document.addEventListener("htmx:afterSettle", function () { setUp(document); });
})();
