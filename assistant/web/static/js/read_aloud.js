/* Hverdagsmål read-aloud: [data-read-aloud] buttons and "Læs alt op" ([data-read-all-button]).
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
 * The settings and Danish texts (GET /tale/tekster.json, content/da/speech.yaml; none live here)
 * are shared with recording.js through window.Hverdagsmaal.speech, as is stopPlaying.
 */
(function () {
  "use strict";

  var TEXTS_URL = "/tale/tekster.json";
  var settings = null;
  var settingsPromise = null;
  var playing = null; // {button, audio|utterance}

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

  /* ---------- wiring ---------- */

  function onClick(event) {
    var target = event.target instanceof Element ? event.target : null;
    var reader = target && target.closest("[data-read-aloud]");
    if (reader) {
      event.preventDefault();
      readAloud(reader);
    }
  }

  function init() {
    var readers = document.querySelectorAll("[data-read-aloud]");
    for (var j = 0; j < readers.length; j++) {
      readers[j].hidden = false;
    }
    document.addEventListener("click", onClick);
    if (readers.length) {
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

  window.Hverdagsmaal = window.Hverdagsmaal || {};
  window.Hverdagsmaal.speech = {
    loadSettings: loadSettings,
    uiText: uiText,
    setting: function (key) { return settings ? settings[key] : undefined; },
    stopPlaying: stopPlaying,
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
