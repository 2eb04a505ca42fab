/*
 * Transfer station uploads (D5): announces the file, then sends it in chunks with Content-Range,
 * asking the server how much arrived (HEAD, Upload-Offset) after a failure and resuming there.
 * A file is never read whole: each chunk is a Blob slice. Authenticated by the webmail session;
 * the X-Jadepost-Request header marks the calls as the webmail's own (CSRF).
 */
var JadepostTransfer = (function () {
  "use strict";
  var CHUNK = 8 * 1024 * 1024;
  var RETRIES = 5;

  function headers(box, extra) {
    var h = {"X-Jadepost-Request": "1", "Accept-Language": box.dataset.lang || "en"};
    Object.keys(extra || {}).forEach(function (k) { h[k] = extra[k]; });
    return h;
  }

  function failure(box, response) {
    return response.json().then(function (body) {
      throw new Error(body.message || box.dataset.failed);
    }, function () {
      throw new Error(box.dataset.failed + " (" + response.status + ")");
    });
  }

  function offset(box, url) {
    return fetch(url, {method: "HEAD", headers: headers(box), credentials: "same-origin"})
      .then(function (r) { return Number(r.headers.get("Upload-Offset") || 0); });
  }

  function send(box, file, id, onProgress) {
    var url = box.dataset.api + "/" + id + "/content";
    var retries = RETRIES;
    function next(start) {
      onProgress(start, file.size);
      if (start >= file.size) {
        return Promise.resolve(id);
      }
      var end = Math.min(start + CHUNK, file.size);
      return fetch(url, {
        method: "PUT",
        credentials: "same-origin",
        headers: headers(box, {
          "Content-Type": "application/octet-stream",
          "Content-Range": "bytes " + start + "-" + (end - 1) + "/" + file.size
        }),
        body: file.slice(start, end)
      }).then(function (r) {
        if (r.ok || r.status === 409) {
          return r.json().then(function (b) { return next(b.received !== undefined ? b.received : b.offset); });
        }
        return failure(box, r);
      }, function () {
        if (retries-- <= 0) {
          throw new Error(box.dataset.failed);
        }
        return offset(box, url).then(next);
      });
    }
    return next(0);
  }

  /** Uploads {@code file}; onProgress(sent, total); resolves with the new file's JSON. */
  function upload(box, file, onProgress) {
    return fetch(box.dataset.api, {
      method: "POST",
      credentials: "same-origin",
      headers: headers(box, {"Content-Type": "application/json"}),
      body: JSON.stringify({name: file.name, size: file.size, contentType: file.type || null})
    }).then(function (r) {
      return r.ok ? r.json() : failure(box, r);
    }).then(function (created) {
      return send(box, file, created.id, onProgress).then(function () { return created; });
    });
  }

  function bindPage() {
    var box = document.getElementById("transfer-upload");
    if (!box) {
      return;
    }
    var bar = document.getElementById("transfer-progress");
    var percent = document.getElementById("transfer-percent");
    var status = document.getElementById("transfer-status");
    document.getElementById("transfer-start").addEventListener("click", function () {
      var input = document.getElementById("transfer-file");
      if (!input.files.length) {
        return;
      }
      status.textContent = "";
      status.className = "";
      upload(box, input.files[0], function (sent, total) {
        var p = total === 0 ? 100 : Math.floor(sent * 100 / total);
        bar.value = p;
        percent.textContent = p + "%";
      }).then(function () {
        status.textContent = box.dataset.done;
        window.location.reload();
      }, function (e) {
        status.textContent = e.message;
        status.className = "transfer-error";
      });
    });
    document.querySelectorAll(".copy-link").forEach(function (button) {
      button.addEventListener("click", function () {
        var field = button.parentNode.querySelector(".file-link");
        field.select();
        if (navigator.clipboard) {
          navigator.clipboard.writeText(field.value);
        } else {
          document.execCommand("copy");
        }
      });
    });
  }

  /*
   * The compose screen. Files of 50 MB or less go to the PrimeFaces upload as MIME attachments;
   * bigger ones are taken from it here (its onAdd), sent to the station in chunks with their own
   * progress bar, then attached as links. Send and Send later wait until they are all there.
   */
  var LARGE = 50 * 1024 * 1024;
  var pending = 0;

  function attach(id) {
    jadepostAttachTransfer([{name: "transferId", value: String(id)}]);
  }

  function holdSending(delta) {
    pending += delta;
    ["compose:send", "compose:send-later-button"].forEach(function (id) {
      var button = document.getElementById(id);
      if (button) {
        button.disabled = pending > 0;
      }
    });
  }

  function largeRow(box, file) {
    var row = document.createElement("li");
    row.className = "large-upload";
    var name = document.createElement("span");
    name.className = "name";
    name.textContent = file.name;
    var bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    var percent = document.createElement("span");
    percent.className = "percent";
    var status = document.createElement("span");
    status.className = "status";
    status.setAttribute("role", "status");
    row.append(name, " ", bar, " ", percent, " ", status);
    box.querySelector(".large-uploads").appendChild(row);
    return {bar: bar, percent: percent, status: status};
  }

  /** PrimeFaces onAdd: small files go on ({@code callback}), large ones to the station. */
  function routeLarge(file, callback) {
    var box = document.getElementById("compose-large");
    if (!box || file.size <= LARGE) {
      callback(file);
      return;
    }
    var row = largeRow(box, file);
    holdSending(1);
    upload(box, file, function (sent, total) {
      var p = total === 0 ? 100 : Math.floor(sent * 100 / total);
      row.bar.value = p;
      row.percent.textContent = p + "%";
    }).then(function (created) {
      row.status.textContent = box.dataset.done;
      attach(created.id);
    }, function (e) {
      row.status.textContent = e.message;
      row.status.className = "status transfer-error";
    }).then(function () {
      holdSending(-1);
    });
  }

  function bindCompose() {
    var pickButton = document.getElementById("transfer-attach");
    if (!pickButton) {
      return;
    }
    pickButton.addEventListener("click", function () {
      var pick = document.getElementById("transfer-pick");
      if (pick.value) {
        attach(pick.value);
      }
    });
  }

  document.addEventListener("DOMContentLoaded", bindPage);
  document.addEventListener("DOMContentLoaded", bindCompose);
  return {upload: upload, routeLarge: routeLarge};
})();
