/*
 * Saves the draft when the user leaves the compose page (C8: "autosave ... and on leaving"): a
 * keep-alive Faces request that runs the page's autosave, which saves only what changed and never
 * after Send. Requests over 64 KB (pasted pictures) cannot be kept alive; the 10 s autosave covers
 * those.
 */
(function () {
  "use strict";
  var LIMIT = 60000;
  var last = 0;

  function copyEditor() {
    var editor = window.PF ? PF("bodyEditor") : null;
    if (editor && editor.editor) {
      editor.input.val(editor.getEditorValue());
    }
  }

  function saveOnLeaving() {
    var form = document.getElementById("compose");
    // pagehide and visibilitychange both come when the page goes: one save is enough.
    if (!form || Date.now() - last < 2000) {
      return;
    }
    last = Date.now();
    copyEditor();
    var data = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (typeof value === "string") {
        data.append(key, value);
      }
    });
    data.append("compose:leave-save", "compose:leave-save");
    data.append("jakarta.faces.source", "compose:leave-save");
    data.append("jakarta.faces.partial.ajax", "true");
    data.append("jakarta.faces.partial.execute", "compose");
    data.append("jakarta.faces.partial.render", "compose:status");
    var body = data.toString();
    if (body.length > LIMIT) {
      return;
    }
    fetch(form.action, {
      method: "POST",
      keepalive: true,
      credentials: "same-origin",
      headers: {"Faces-Request": "partial/ajax", "Content-Type": "application/x-www-form-urlencoded"},
      body: body
    }).catch(function () { /* the page is gone; the 10 s autosave had the rest */ });
  }

  window.addEventListener("pagehide", saveOnLeaving);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") {
      saveOnLeaving();
    }
  });
})();
