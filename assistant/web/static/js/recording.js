/* Hverdagsmål speech input: the [data-speak] button ("Tal").
 *
 * Progressive: the pages work without this script (typing and picture cards). With it:
 * [data-speak] records with MediaRecorder on the first press and stops on the second; the
 * recording is uploaded to POST /tale (or the attribute's URL) and the recognised text is put
 * into the form's text box (name="text") for the citizen to correct before sending; the form's
 * hidden input_kind field becomes "speech". The server queues the recording (202) and the
 * script polls its job URL, showing the place in the queue, until the text is ready; the
 * text box stays usable all the while. Recording stops any read-aloud first.
 * Needs read_aloud.js first (loaded before it): settings and Danish texts come from there.
 */
(function () {
  "use strict";

  var DEFAULT_UPLOAD_URL = "/tale";
  var POLL_MS = 1000;
  // Echo cancellation and noise suppression smear speech for the recogniser; Whisper copes
  // with room noise itself. Gain control stays on: older voices are often quiet.
  var AUDIO_CONSTRAINTS = {
    channelCount: 1,
    echoCancellation: false,
    noiseSuppression: false,
    autoGainControl: false,
  };
  var rec = null; // {button, recorder, stream, chunks, timer, stopRequested}
  var shared = (window.Hverdagsmaal && window.Hverdagsmaal.speech) || null;
  if (!shared) {
    return; // read_aloud.js did not load: typing and cards still work
  }
  var loadSettings = shared.loadSettings;
  var uiText = shared.uiText;
  var stopPlaying = shared.stopPlaying;

  function statusElement(button) {
    var scope = button.form || button.closest("form") || button.parentNode;
    var el = scope && scope.querySelector("[data-speech-status]");
    if (!el) {
      el = document.createElement("p");
      el.className = "speech-status";
      el.setAttribute("role", "status");
      el.setAttribute("aria-live", "polite");
      el.setAttribute("data-speech-status", "");
      button.insertAdjacentElement("afterend", el);
    }
    return el;
  }

  function say(button, text) {
    var el = statusElement(button);
    el.textContent = text || "";
    el.hidden = !text;
  }


  /* ---------- speech input ---------- */

  function recorderType() {
    var types = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/mp4", "audio/webm"];
    for (var i = 0; i < types.length; i++) {
      if (window.MediaRecorder.isTypeSupported && window.MediaRecorder.isTypeSupported(types[i])) {
        return types[i];
      }
    }
    return "";
  }

  function speechSupported() {
    return !!(navigator.mediaDevices && navigator.mediaDevices.getUserMedia && window.MediaRecorder);
  }

  function setRecording(button, on) {
    button.setAttribute("aria-pressed", on ? "true" : "false");
    button.classList.toggle("recording", on);
    var stopLabel = button.getAttribute("data-label-stop");
    if (stopLabel) {
      if (on) {
        if (!button.hasAttribute("data-label-start")) {
          button.setAttribute("data-label-start", button.textContent.trim());
        }
        button.textContent = stopLabel;
      } else if (button.hasAttribute("data-label-start")) {
        button.textContent = button.getAttribute("data-label-start");
      }
    }
  }

  function startRecording(button) {
    stopPlaying();
    var session = { button: button, chunks: [], stopRequested: false };
    rec = session;
    setRecording(button, true);
    loadSettings().then(function () {
      if (rec === session && !session.recorder) {
        say(button, uiText("listening"));
      }
    });
    navigator.mediaDevices
      .getUserMedia({ audio: AUDIO_CONSTRAINTS })
      .then(function (stream) {
        var type = recorderType();
        var recorder = type ? new MediaRecorder(stream, { mimeType: type }) : new MediaRecorder(stream);
        session.stream = stream;
        session.recorder = recorder;
        recorder.addEventListener("dataavailable", function (event) {
          if (event.data && event.data.size > 0) {
            session.chunks.push(event.data);
          }
        });
        recorder.addEventListener("stop", function () {
          stream.getTracks().forEach(function (track) { track.stop(); });
          var blob = new Blob(session.chunks, { type: recorder.mimeType || type || "audio/webm" });
          upload(button, blob);
        });
        recorder.start();
        say(button, uiText("listening"));
        var limit = (shared.setting("max_seconds") || 60) - 1;
        session.timer = window.setTimeout(function () { stopRecording(session); }, limit * 1000);
        if (session.stopRequested) {
          stopRecording(session);
        }
      })
      .catch(function () {
        if (rec === session) {
          rec = null;
        }
        setRecording(button, false);
        loadSettings().then(function () { say(button, uiText("no_microphone")); });
      });
  }

  function stopRecording(session) {
    session.stopRequested = true;
    if (!session.recorder) {
      return; // the microphone is still starting: stop as soon as it runs
    }
    window.clearTimeout(session.timer);
    if (rec === session) {
      rec = null;
    }
    setRecording(session.button, false);
    if (session.recorder.state !== "inactive") {
      session.recorder.stop();
    }
  }

  function csrfToken(form) {
    var field = (form && form.querySelector('input[name="csrf_token"]')) ||
      document.querySelector('input[name="csrf_token"]');
    if (field) {
      return field.value;
    }
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function fileName(type) {
    if (type.indexOf("ogg") >= 0) {
      return "tale.ogg";
    }
    return type.indexOf("mp4") >= 0 ? "tale.m4a" : "tale.webm";
  }

  function upload(button, blob) {
    var form = button.form || button.closest("form");
    var value = button.getAttribute("data-speak");
    var url = value && value.charAt(0) === "/" ? value : DEFAULT_UPLOAD_URL;
    var body = new FormData();
    body.append("audio", blob, fileName(blob.type || ""));
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    button.setAttribute("data-speak-state", "working");
    loadSettings().then(function () { say(button, uiText("working")); });
    return fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRFToken": csrfToken(form) },
    })
      .then(readAnswer, function () { return {}; })
      .then(function (json) {
        return loadSettings().then(function () { return json; });
      })
      .then(function (json) { return follow(button, form, json); });
  }

  function readAnswer(response) {
    return response.json().then(
      function (json) {
        json = json || {};
        json.queued = response.status === 202;
        return json;
      },
      function () { return {}; }
    );
  }

  /* The server queues a recording (202): show the place in the queue and the estimate it
   * sends, ask again every POLL_MS, and put the text in the box when it is ready. */
  function follow(button, form, json) {
    if (json.queued && json.poll) {
      say(button, json.message || uiText("working"));
      button.setAttribute("data-speak-state", json.state === "working" ? "working" : "queued");
      return new Promise(function (resolve) { window.setTimeout(resolve, POLL_MS); })
        .then(function () {
          return fetch(json.poll, {
            credentials: "same-origin",
            headers: { Accept: "application/json" },
          });
        })
        .then(readAnswer, function () { return {}; })
        .then(function (next) { return follow(button, form, next); });
    }
    button.disabled = false;
    button.removeAttribute("aria-busy");
    if (json.text) {
      putText(form, json.text);
      button.setAttribute("data-speak-state", "done");
      say(button, json.message || uiText("heard"));
    } else {
      button.setAttribute("data-speak-state", "error");
      say(button, json.message || uiText("failed"));
    }
  }

  function putText(form, text) {
    var scope = form || document;
    var box = scope.querySelector('textarea[name="text"], input[name="text"]');
    if (!box) {
      return;
    }
    var before = box.value.replace(/\s+$/, "");
    box.value = before ? before + " " + text : text;
    box.dispatchEvent(new Event("input", { bubbles: true }));
    var kind = scope.querySelector('input[name="input_kind"]');
    if (!kind && form) {
      kind = document.createElement("input");
      kind.type = "hidden";
      kind.name = "input_kind";
      form.appendChild(kind);
    }
    if (kind) {
      kind.value = "speech";
    }
    box.focus();
  }

  /* ---------- wiring ---------- */

  function onClick(event) {
    var target = event.target instanceof Element ? event.target : null;
    var speak = target && target.closest("[data-speak]");
    if (speak && speechSupported()) {
      event.preventDefault();
      if (rec && rec.button === speak) {
        stopRecording(rec);
      } else {
        if (rec) {
          stopRecording(rec);
        }
        startRecording(speak);
      }
    }
  }

  function init() {
    var speakButtons = document.querySelectorAll("[data-speak]");
    var supported = speechSupported();
    for (var i = 0; i < speakButtons.length; i++) {
      if (supported) {
        speakButtons[i].hidden = false;
        speakButtons[i].setAttribute("aria-pressed", "false");
      } else {
        speakButtons[i].hidden = true;
      }
    }
    document.addEventListener("click", onClick);
    if (speakButtons.length) {
      loadSettings();
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
