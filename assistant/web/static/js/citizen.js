/* Hverdagsmål citizen pages: kiosk inactivity timer, keyboard shortcuts, focus, no double submits.
   Everything here is an enhancement: the pages work as plain forms without it. */
(function () {
  "use strict";

  function csrfToken() {
    var field = document.querySelector('input[name="csrf_token"]');
    return field ? field.value : "";
  }

  /* Kiosk: warn after data-kiosk-warn seconds without activity, pause after data-kiosk-pause more.
     The pause shows the resume code first; a code page clears itself after data-kiosk-clear. */
  function setupKiosk() {
    var body = document.body;
    var warnAfter = parseInt(body.getAttribute("data-kiosk-warn"), 10);
    var pauseAfter = parseInt(body.getAttribute("data-kiosk-pause"), 10);
    if (!warnAfter || !pauseAfter) return;
    var codePage = document.querySelector("[data-kiosk-clear]");
    if (codePage) {
      var clearAfter = parseInt(codePage.getAttribute("data-kiosk-clear"), 10) || 120;
      window.setTimeout(function () { window.location.assign("/kiosk"); }, clearAfter * 1000);
      window.addEventListener("pageshow", function (event) {
        if (event.persisted) window.location.reload();
      });
      return;
    }
    var dialog = document.getElementById("kiosk-warning");
    var here = document.getElementById("kiosk-here");
    var timeoutForm = document.getElementById("kiosk-timeout");
    var outside = Array.prototype.filter.call(document.body.children, function (el) {
      return el !== dialog && el.tagName !== "SCRIPT";
    });
    var warnTimer = null;
    var pauseTimer = null;
    var lastPing = Date.now();
    var lastFocus = null;

    function ping() {
      lastPing = Date.now();
      if (!window.fetch) return;
      fetch("/kiosk/her", {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken() }
      }).catch(function () { /* the server timer will decide */ });
    }

    function expire() {
      if (timeoutForm) timeoutForm.submit();
      else window.location.assign("/kiosk");
    }

    function setInert(on) {
      outside.forEach(function (el) {
        if (on) el.setAttribute("inert", "");
        else el.removeAttribute("inert");
      });
    }

    function warn() {
      lastFocus = document.activeElement;
      dialog.hidden = false;
      setInert(true);
      here.focus();
      pauseTimer = window.setTimeout(expire, pauseAfter * 1000);
    }

    function reset() {
      window.clearTimeout(warnTimer);
      window.clearTimeout(pauseTimer);
      warnTimer = window.setTimeout(warn, warnAfter * 1000);
    }

    function close() {
      dialog.hidden = true;
      setInert(false);
      ping();
      reset();
      if (lastFocus && lastFocus.focus) lastFocus.focus();
    }

    function activity() {
      if (!dialog.hidden) return; /* only the dialog answers the warning */
      reset();
      if (Date.now() - lastPing > 30000) ping();
    }

    here.addEventListener("click", close);
    /* The warning is modal: Tab stays on its button, Escape answers it like the button. */
    dialog.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); close(); }
      else if (event.key === "Tab") { event.preventDefault(); here.focus(); }
    });
    document.addEventListener("focusin", function (event) {
      if (!dialog.hidden && !dialog.contains(event.target)) here.focus();
    });
    ["pointerdown", "keydown", "input", "wheel", "touchstart"].forEach(function (name) {
      document.addEventListener(name, activity, { passive: true });
    });
    window.addEventListener("pageshow", function (event) {
      if (event.persisted) window.location.reload();
    });
    reset();
  }

  /* Alt+T back, Alt+F undo, Alt+P pause, Alt+L read the question aloud, Ctrl+Enter sends text. */
  function setupShortcuts() {
    document.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && event.target.name === "text") {
        var send = document.querySelector('button[name="action"][value="send"]');
        if (send) { event.preventDefault(); send.click(); }
        return;
      }
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      var key = (event.key || "").toLowerCase();
      var target = null;
      if (key === "l") target = document.querySelector(".question [data-read-aloud]");
      else target = document.querySelector('.nav-actions [data-key="' + key + '"]');
      if (target) { event.preventDefault(); target.click(); }
    });
  }

  /* One submit per page: a second press while the first is on its way is ignored. */
  function setupSingleSubmit() {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-dialogue]"), function (form) {
      var sent = false;
      form.addEventListener("submit", function (event) {
        if (sent) { event.preventDefault(); return; }
        sent = true;
      });
      window.addEventListener("pageshow", function () { sent = false; });
    });
  }

  /* Put the keyboard focus on the question so it is read first and Tab reaches the answers. */
  function focusQuestion() {
    var prompt = document.getElementById("prompt");
    if (!prompt || document.querySelector("[role=alert]")) return;
    prompt.setAttribute("tabindex", "-1");
    prompt.focus({ preventScroll: true });
  }

  /* The speech hint only makes sense where recording.js can show the Tal button. */
  function showSpeakHint() {
    var canRecord = !!(navigator.mediaDevices && navigator.mediaDevices.getUserMedia &&
      window.MediaRecorder);
    Array.prototype.forEach.call(document.querySelectorAll("[data-speak-hint]"), function (el) {
      el.hidden = !canRecord;
    });
  }

  function start() {
    showSpeakHint();
    setupKiosk();
    setupShortcuts();
    setupSingleSubmit();
    focusQuestion();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
