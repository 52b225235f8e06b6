// Statements: the editor's live word count and reading time at the pace (counted as the
// server counts: runs of non-whitespace; footnotes are counted only in writing), and the
// practice view's timer, which counts against the time allowed and turns amber near it and
// red past it. Without this script the editor shows the saved figures and the practice view
// the text and its estimated time.
(function () {
  "use strict";

  function clock(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    var r = s % 60;
    return Math.floor(s / 60) + ":" + (r < 10 ? "0" : "") + r;
  }

  // The editor.
  var text = document.getElementById("text");
  var pace = document.getElementById("pace");
  var kind = document.getElementById("kind");
  if (text && text.dataset.pace) {
    var wordsOut = document.getElementById("words-now");
    var timeOut = document.getElementById("time-now");
    var counter = document.getElementById("statement-count");
    var format = new Intl.NumberFormat(document.documentElement.lang || "en");
    var spokenOnly = function () { return !kind || kind.value === "oral"; };
    var count = function (s) {
      // Footnotes ^[...] are not read aloud.
      if (spokenOnly()) s = s.replace(/\^\[[^\]]*\]/g, " ");
      var runs = s.match(/\S+/g);
      return runs ? runs.length : 0;
    };
    // The server's figure is for the saved text; typing moves it by the difference.
    var start = count(text.value);
    var saved = Number(text.dataset.words || 0);
    var wordLimit = Number(text.dataset.wordLimit || 0);
    var limitSeconds = text.dataset.limitSeconds ? Number(text.dataset.limitSeconds) : null;
    var recount = function () {
      var words = Math.max(0, saved + count(text.value) - start);
      var p = Number(pace && pace.value) || Number(text.dataset.pace) || 130;
      if (p < 60 || p > 220) p = 130;
      var seconds = Math.ceil((words * 60) / p);
      wordsOut.textContent = format.format(words);
      timeOut.textContent = clock(seconds);
      var over = limitSeconds !== null ? seconds > limitSeconds : wordLimit > 0 && words > wordLimit;
      counter.classList.toggle("over", over);
    };
    text.addEventListener("input", recount);
    if (pace) pace.addEventListener("input", recount);
  }

  // The practice view.
  var practice = document.getElementById("practice");
  if (!practice) return;
  // Read at every tick: the limit is the page's (2:00, or the reading time at the pace).
  function limit() {
    return Number(practice.dataset.limit) || 120;
  }
  var controls = practice.querySelector(".practice-controls");
  var elapsedOut = document.getElementById("elapsed");
  var bar = document.getElementById("bar");
  var meter = practice.querySelector(".practice-bar");
  var status = document.getElementById("practice-status");
  var nearText = document.getElementById("msg-near").textContent;
  var overText = document.getElementById("msg-over").textContent;
  var startButton = document.getElementById("start");
  var pauseButton = document.getElementById("pause");
  controls.hidden = false;

  var before = 0; // seconds counted before the current run
  var since = null; // when the current run started (ms), or null when paused
  var ticking = null;
  var state = "";

  function elapsed() {
    return before + (since === null ? 0 : (Date.now() - since) / 1000);
  }

  function show() {
    var e = elapsed();
    elapsedOut.textContent = clock(e);
    var l = limit();
    bar.style.width = Math.min(100, (e / l) * 100) + "%";
    meter.setAttribute("aria-valuenow", String(Math.floor(e)));
    var next = e > l ? "over" : e >= l * 0.85 ? "near" : "";
    if (next !== state) {
      state = next;
      practice.classList.toggle("near", next === "near");
      practice.classList.toggle("over", next === "over");
      status.textContent = next === "over" ? overText : next === "near" ? nearText : "";
    }
  }

  function start() {
    if (since !== null) return;
    since = Date.now();
    ticking = setInterval(show, 200);
    startButton.disabled = true;
    pauseButton.disabled = false;
    show();
  }

  function pause() {
    if (since === null) return;
    before = elapsed();
    since = null;
    clearInterval(ticking);
    startButton.disabled = false;
    pauseButton.disabled = true;
    show();
  }

  function reset() {
    pause();
    before = 0;
    show();
  }

  startButton.addEventListener("click", start);
  pauseButton.addEventListener("click", pause);
  document.getElementById("reset").addEventListener("click", reset);
  pauseButton.disabled = true;
  show();
})();
