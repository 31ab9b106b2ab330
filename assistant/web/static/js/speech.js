/* Hverdagsmål speech: read-aloud buttons ([data-read-aloud]) and speech input ([data-speak]).
 *
 * Progressive: the pages work without this script (typing and picture cards). With it:
 * - [data-read-aloud] plays its audio: the attribute value, data-audio-src or data-audio (a URL
 *   from the server's read-aloud cache). If the server allows it (prefer_browser_voice) and the
 *   browser has a Danish voice, the button's data-text is spoken by speechSynthesis instead.
 *   Audio plays in one page-wide <audio data-player> with two <source>s: the Ogg Opus (the same
 *   URL ending in .ogg, about a seventeenth of the size) and the WAV as the fallback; the browser
 *   takes the first it can play. While it plays, the button reads "Stop" and a visible live
 *   status ([data-read-status]) says so; a second press stops it.
 * - [data-read-all-button] ("Læs alt op") reads the question and then the page's choices; with
 *   "læs alt op for mig" chosen at the start it plays by itself on every question.
 * - [data-speak] records with MediaRecorder on the first press and stops on the second; the
 *   recording is uploaded to POST /tale (or the attribute's URL) and the recognised text is put
 *   into the form's text box (name="text") for the citizen to correct before sending; the form's
 *   hidden input_kind field becomes "speech". The server queues the recording (202) and the
 *   script polls its job URL, showing the place in the queue, until the text is ready; the
 *   text box stays usable all the while.
 * Danish texts come from GET /tale/tekster.json (content/da/speech.yaml); none live here.
 */
(function () {
  "use strict";

  var TEXTS_URL = "/tale/tekster.json";
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
  var settings = null;
  var settingsPromise = null;
  var playing = null; // {button, audio|utterance}
  var rec = null; // {button, recorder, stream, chunks, timer, stopRequested}

  function loadSettings() {
    if (settingsPromise) {
      return settingsPromise;
    }
    settingsPromise = fetch(TEXTS_URL, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (r) { return r.ok ? r.json() : {}; })
      .catch(function () { return {}; })
      .then(function (json) {
        settings = json || {};
        return settings;
      });
    return settingsPromise;
  }

  function uiText(key) {
    if (!settings) {
      return "";
    }
    if (settings.ui && settings.ui[key]) {
      return settings.ui[key];
    }
    return settings[key] || "";
  }

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

  /* ---------- read-aloud ---------- */

  function danishVoice() {
    if (!("speechSynthesis" in window) || !window.SpeechSynthesisUtterance) {
      return null;
    }
    var voices = window.speechSynthesis.getVoices() || [];
    for (var i = 0; i < voices.length; i++) {
      if ((voices[i].lang || "").toLowerCase().indexOf("da") === 0) {
        return voices[i];
      }
    }
    return null;
  }

  function audioSource(button) {
    var value = button.getAttribute("data-read-aloud");
    if (value && value.charAt(0) === "/") {
      return value;
    }
    return button.getAttribute("data-audio-src") || button.getAttribute("data-audio") || "";
  }

  function readStatus() {
    var el = document.querySelector("[data-read-status]");
    if (!el) {
      el = document.createElement("p");
      el.className = "read-status";
      el.setAttribute("role", "status");
      el.setAttribute("aria-live", "polite");
      el.setAttribute("data-read-status", "");
      el.hidden = true;
      document.body.appendChild(el);
    }
    return el;
  }

  function showReadStatus(text) {
    var el = readStatus();
    el.textContent = text || "";
    el.hidden = !text;
  }

  /* The button says it can stop while it plays: its label (visible text or aria-label) swaps. */
  function setPlayState(button, state) {
    var busy = state === "playing" || state === "loading";
    button.setAttribute("data-read-aloud-state", state);
    button.setAttribute("aria-pressed", busy ? "true" : "false");
    button.classList.toggle("playing", busy);
    var label = button.querySelector(".read-aloud-text");
    if (busy && !button.hasAttribute("data-label-idle")) {
      button.setAttribute("data-label-idle", button.getAttribute("aria-label") || "");
      if (label) {
        button.setAttribute("data-text-idle", label.textContent);
      }
    }
    if (busy) {
      var stop = uiText("stop_reading");
      if (stop) {
        button.setAttribute("aria-label", stop);
        if (label) {
          label.textContent = stop;
        }
      }
      showReadStatus(uiText("playing"));
    } else {
      if (button.hasAttribute("data-label-idle")) {
        var idle = button.getAttribute("data-label-idle");
        if (idle) {
          button.setAttribute("aria-label", idle);
        } else {
          button.removeAttribute("aria-label");
        }
        if (label && button.hasAttribute("data-text-idle")) {
          label.textContent = button.getAttribute("data-text-idle");
        }
        button.removeAttribute("data-label-idle");
        button.removeAttribute("data-text-idle");
      }
      showReadStatus(state === "error" ? uiText("play_failed") : "");
    }
  }

  /* One <audio> for the page: Opus first, the WAV as the fallback the browser picks itself. */
  function player(src) {
    var audio = document.querySelector("audio[data-player]");
    if (!audio) {
      audio = document.createElement("audio");
      audio.setAttribute("data-player", "");
      audio.preload = "auto";
      audio.hidden = true;
      document.body.appendChild(audio);
    }
    audio.pause();
    while (audio.firstChild) {
      audio.removeChild(audio.firstChild);
    }
    audio.removeAttribute("src");
    var sources = [];
    if (/\.wav$/.test(src)) {
      sources.push([src.replace(/\.wav$/, ".ogg"), "audio/ogg; codecs=opus"]);
      sources.push([src, "audio/wav"]);
    } else {
      sources.push([src, ""]);
    }
    sources.forEach(function (pair) {
      var source = document.createElement("source");
      source.src = pair[0];
      if (pair[1]) {
        source.type = pair[1];
      }
      audio.appendChild(source);
    });
    audio.load();
    return audio;
  }

  function stopPlaying() {
    if (!playing) {
      return;
    }
    var was = playing;
    playing = null;
    if (was.audio) {
      was.audio.pause();
    }
    if (was.utterance && window.speechSynthesis) {
      window.speechSynthesis.cancel();
    }
    setPlayState(was.button, "stopped");
  }

  function readAloud(button) {
    if (playing && playing.button === button) {
      stopPlaying();
      return Promise.resolve(false);
    }
    stopPlaying();
    var text = button.getAttribute("data-text") || button.getAttribute("data-read-aloud-text");
    var voice = settings && settings.prefer_browser_voice && text ? danishVoice() : null;
    var src = audioSource(button);
    if (voice || (!src && text && danishVoice())) {
      var utterance = new window.SpeechSynthesisUtterance(text);
      utterance.voice = voice || danishVoice();
      utterance.lang = utterance.voice.lang;
      utterance.rate = 0.9;
      utterance.onend = function () {
        if (playing && playing.utterance === utterance) {
          playing = null;
          setPlayState(button, "done");
        }
      };
      playing = { button: button, utterance: utterance };
      setPlayState(button, "playing");
      window.speechSynthesis.speak(utterance);
      return Promise.resolve(true);
    }
    if (!src) {
      setPlayState(button, "error");
      return Promise.resolve(false);
    }
    var audio = player(src);
    var run = { button: button, audio: audio };
    playing = run;
    setPlayState(button, "loading");
    audio.onended = function () {
      if (playing === run) {
        playing = null;
        setPlayState(button, "done");
      }
    };
    return audio.play().then(
      function () {
        if (playing === run) {
          setPlayState(button, "playing");
        }
        return true;
      },
      function () {
        if (playing !== run) {
          return false; // stopped or replaced by another button: not an error
        }
        playing = null;
        setPlayState(button, "error");
        return false;
      }
    );
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
        var limit = ((settings && settings.max_seconds) || 60) - 1;
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
    if (!target) {
      return;
    }
    var speak = target.closest("[data-speak]");
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
      return;
    }
    var reader = target.closest("[data-read-aloud]");
    if (reader) {
      event.preventDefault();
      readAloud(reader);
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
    var readers = document.querySelectorAll("[data-read-aloud]");
    for (var j = 0; j < readers.length; j++) {
      readers[j].hidden = false;
    }
    document.addEventListener("click", onClick);
    if (speakButtons.length || readers.length) {
      loadSettings();
    }
    if ("speechSynthesis" in window) {
      window.speechSynthesis.getVoices(); // voices load lazily; ask early
    }
    if (document.body && document.body.getAttribute("data-read-all") === "1") {
      var first = document.querySelector("[data-read-all-button]") ||
        document.querySelector("[data-slot] [data-read-aloud], main [data-read-aloud]");
      if (first) {
        loadSettings().then(function () { readAloud(first); }); // autoplay may be refused
      }
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
