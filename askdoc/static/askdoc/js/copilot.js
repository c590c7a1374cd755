// The doctors' copilot: "Insert a link / a citation" puts Markdown at the cursor of the answer box, and the
// preview shows the answer as the public page will render it (the server's own sanitised Markdown).
(function () {
  "use strict";
  var box = document.querySelector('textarea[name="answer-body"]') || document.querySelector('textarea[name="edit-body"]');
  if (!box) { return; }

  document.querySelectorAll(".copilot-insert").forEach(function (button) {
    button.addEventListener("click", function () {
      var text = button.getAttribute("data-insert");
      var start = box.selectionStart, end = box.selectionEnd, value = box.value;
      var before = value.slice(0, start), after = value.slice(end);
      var pad = before && !/\s$/.test(before) ? " " : "";
      box.value = before + pad + text + after;
      box.focus();
      box.selectionStart = box.selectionEnd = (before + pad + text).length;
      box.dispatchEvent(new Event("input"));
    });
  });

  var preview = document.getElementById("answer-preview");
  var target = document.getElementById("answer-preview-body");
  var form = box.form;
  if (!preview || !target || !form) { return; }
  var csrf = form.querySelector('input[name="csrfmiddlewaretoken"]');
  var timer = null, sent = 0;
  function refresh() {
    var mine = ++sent;
    var data = new FormData();
    data.append("body", box.value);
    fetch(preview.getAttribute("data-preview-url"), {
      method: "POST", body: data, credentials: "same-origin", headers: {"X-CSRFToken": csrf ? csrf.value : ""}
    }).then(function (response) { return response.ok ? response.json() : null; })
      .then(function (json) {
        if (json && mine === sent) { target.innerHTML = json.html; preview.hidden = !box.value.trim(); }
      }).catch(function () { /* the preview is a help; publishing does not depend on it */ });
  }
  box.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(refresh, 300); });
  if (box.value.trim()) { refresh(); }
})();
