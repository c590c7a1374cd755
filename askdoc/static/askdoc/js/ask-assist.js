/* The ask form's live assist (askdoc/intake): as the asker types, warn at once about a possible
   emergency, show answered questions that may already help, and preview the published (redacted)
   text. Plain JS, no framework; without it the form works as a normal form. */
(function () {
  "use strict";

  var DEBOUNCE_MS = 400;

  function init() {
    var root = document.getElementById("ask-assist");
    if (!root) { return; }
    var form = root.closest("form") || document.getElementById("ask-form");
    if (!form) { return; }
    var alertBox = document.getElementById("ask-assist-alert");
    var panel = document.getElementById("ask-assist-panel");
    var url = root.getAttribute("data-url");
    var timer = null;
    var controller = null;
    var lastSent = null;

    function field(name) {
      var el = form.elements.namedItem(name);
      if (!el) { return ""; }
      if (typeof el.value === "string") { return el.value; }
      return "";
    }

    function csrfToken() {
      var input = form.querySelector("input[name=csrfmiddlewaretoken]");
      if (input) { return input.value; }
      var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
      return match ? decodeURIComponent(match[1]) : "";
    }

    function showEmergency(data) {
      alertBox.textContent = "";
      if (!data.emergency) { alertBox.hidden = true; alertBox.removeAttribute("data-level"); return; }
      alertBox.setAttribute("data-level", data.emergency_level || "now");
      var p = document.createElement("p");
      var strong = document.createElement("strong");
      strong.textContent = data.warning;
      p.appendChild(strong);
      alertBox.appendChild(p);
      var list = document.createElement("ul");
      data.reasons.forEach(function (reason) {
        var li = document.createElement("li");
        li.textContent = reason;
        list.appendChild(li);
      });
      alertBox.appendChild(list);
      alertBox.hidden = false;
    }

    function send() {
      var title = field("title");
      var body = field("body");
      var key = title + "\u0000" + body;
      if (key === lastSent) { return; }
      lastSent = key;
      if (controller) { controller.abort(); }
      controller = window.AbortController ? new AbortController() : null;
      var data = new FormData();
      data.append("title", title);
      data.append("body", body);
      data.append("age_range", field("age_range"));
      fetch(url, {
        method: "POST",
        body: data,
        headers: { "X-CSRFToken": csrfToken(), "X-Requested-With": "fetch" },
        credentials: "same-origin",
        signal: controller ? controller.signal : undefined
      }).then(function (response) {
        return response.json().then(function (json) { return { ok: response.ok, json: json }; });
      }).then(function (result) {
        if (!result.ok) {
          panel.textContent = result.json.error || "";
          return;
        }
        showEmergency(result.json);
        panel.innerHTML = result.json.html;  // rendered and escaped by the server's template
      }).catch(function () { /* offline or aborted: the form still works without the assist */ });
    }

    function schedule() {
      window.clearTimeout(timer);
      timer = window.setTimeout(send, DEBOUNCE_MS);
    }

    ["title", "body"].forEach(function (name) {
      var el = form.elements.namedItem(name);
      if (el && el.addEventListener) { el.addEventListener("input", schedule); }
    });
    if (field("body") || field("title")) { schedule(); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
