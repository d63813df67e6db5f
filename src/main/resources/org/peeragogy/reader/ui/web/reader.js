/*
 * The only script that runs in a chapter page (the page's Content-Security-Policy allows scripts
 * from the reader's own scheme alone, and chapters are sanitised of theirs).
 * Every message between this page and the host is declared in PageMessages.java; arguments are
 * plain values, and lists arrive as one JSON string.
 *
 * Text offsets count UTF-16 code units into document.getElementById("chapter").textContent,
 * the same text the host's anchoring works on (ChapterText).
 */
"use strict";
var PeeragogyReader = (function () {
  // When the page got where (issue 17), in ms since its navigation started; the host reads them (marks) for benchmarks.
  var MARKS = { script: performance.now() };
  document.addEventListener("DOMContentLoaded", function () { MARKS.parsed = performance.now(); });
  var THEMES = ["light", "sepia", "dark", "contrast"];
  var COLOURS = ["yellow", "green", "blue", "pink", "purple"];
  // Text nodes here are the white space between table or list parts; a <mark> may not go there.
  var NO_MARK_PARENTS = { TABLE: 1, THEAD: 1, TBODY: 1, TFOOT: 1, TR: 1, UL: 1, OL: 1, DL: 1 };

  // Set the theme before the body is painted, so a dark reader never sees a white flash.
  function applyTheme(name) {
    if (THEMES.indexOf(name) < 0) { name = "light"; }
    var root = document.documentElement;
    THEMES.forEach(function (t) { root.classList.remove("theme-" + t); });
    root.classList.add("theme-" + name);
  }
  var m = /[?&]theme=([a-z]+)/.exec(location.search);
  applyTheme(m ? m[1] : "light");

  // Reading settings (ui.ReadingSettings.pageValue): "font=sans,line=1.8,para=2,letter=0.12,word=0.16,upright=1,
  // patterns=1", each part optional. Anything else is ignored; sizes are em, at most WCAG 1.4.12's levels and a little.
  var SPACINGS = { line: [1, 3], para: [0, 3], letter: [0, 0.3], word: [0, 0.5] };
  function setReading(text) {
    var root = document.documentElement;
    ["pr-font-sans", "pr-font-legible", "pr-line", "pr-para", "pr-letter", "pr-word", "pr-upright", "pr-patterns"]
      .forEach(function (c) { root.classList.remove(c); });
    String(text || "").split(",").forEach(function (part) {
      var kv = part.split("=");
      var key = kv[0], value = kv[1];
      if (key === "font" && (value === "sans" || value === "legible")) {
        root.classList.add("pr-font-" + value);
      } else if (SPACINGS.hasOwnProperty(key) && /^[0-9]+(\.[0-9]+)?$/.test(value || "")) {
        var n = Math.min(SPACINGS[key][1], Math.max(SPACINGS[key][0], parseFloat(value)));
        root.style.setProperty("--pr-" + key, key === "line" ? String(n) : n + "em");
        root.classList.add("pr-" + key);
      } else if ((key === "upright" || key === "patterns") && value === "1") {
        root.classList.add("pr-" + key);
      }
    });
  }
  var r = /[?&]read=([a-z0-9.=,]*)/.exec(location.search);
  setReading(r ? r[1] : "");

  // The page's own words, in the window's language (the host's setWords); "{n}" stands for a footnote's number.
  var WORDS = { footnote: "Footnote {n}", goToNote: "Go to note {n}" };
  function setWords(json) {
    var given = {};
    try { given = JSON.parse(String(json || "{}")) || {}; } catch (e) { given = {}; }
    Object.keys(WORDS).forEach(function (k) {
      if (typeof given[k] === "string") { WORDS[k] = given[k]; }
    });
  }
  function words(key, n) { return WORDS[key].split("{n}").join(n); }

  function host() { return window.peeragogyHost || null; }
  function article() { return document.getElementById("chapter"); }

  function scrollFraction() {
    var max = document.documentElement.scrollHeight - window.innerHeight;
    return max > 0 ? Math.min(1, Math.max(0, window.pageYOffset / max)) : 0;
  }

  function scrollToId(id) {
    var el = id ? document.getElementById(id) : null;
    if (el) { el.scrollIntoView(true); return true; }
    return false;
  }

  // ---- text offsets ----

  function textNodes() {
    var nodes = [];
    var root = article();
    if (!root) { return nodes; }
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, null, false);
    var n;
    while ((n = walker.nextNode())) { nodes.push(n); }
    return nodes;
  }

  /** The text offset of a DOM boundary point inside the article. */
  function offsetOf(node, offset) {
    var r = document.createRange();
    r.setStart(article(), 0);
    r.setEnd(node, offset);
    return r.toString().length;
  }

  /** A DOM boundary point for a text offset; ends prefer the end of the earlier node. */
  function pointAt(nodes, offset, isEnd) {
    var pos = 0;
    for (var i = 0; i < nodes.length; i++) {
      var len = nodes[i].data.length;
      if (offset < pos + len || (isEnd && offset === pos + len)) {
        return { node: nodes[i], offset: offset - pos };
      }
      pos += len;
    }
    var last = nodes[nodes.length - 1];
    return last ? { node: last, offset: last.data.length } : null;
  }

  function rectOf(range) {
    var r = range.getBoundingClientRect();
    return [r.left, r.top, r.right, r.bottom];
  }

  // ---- selection ----

  // Letters, digits and marks make words; a hyphen or apostrophe between two of them joins them.
  // Made on first use: compiling a Unicode-property pattern while the page loads would delay it.
  var WORD = null;
  function wordPattern() {
    if (!WORD) {
      try { WORD = new RegExp("[\\p{L}\\p{N}\\p{M}]", "u"); } catch (e) { WORD = /[A-Za-z0-9\u00C0-\u024F]/; }
    }
    return WORD;
  }
  function isWord(t, i) {
    var w = wordPattern();
    if (i < 0 || i >= t.length) { return false; }
    var c = t.charAt(i);
    if (w.test(c)) { return true; }
    return (c === "-" || c === "'" || c === "\u2019" || c === "\u00AD")
      && w.test(t.charAt(i - 1) || " ") && w.test(t.charAt(i + 1) || " ");
  }

  /** [start, end] grown to whole words and trimmed of white space at either end; null when nothing is left. */
  function snapToWords(t, start, end) {
    while (start < end && /\s/.test(t.charAt(start))) { start++; }
    while (end > start && /\s/.test(t.charAt(end - 1))) { end--; }
    if (start >= end) { return null; }
    if (isWord(t, start)) { while (start > 0 && isWord(t, start - 1)) { start--; } }
    if (isWord(t, end - 1)) { while (end < t.length && isWord(t, end)) { end++; } }
    return [start, end];
  }

  /** Reports the selection; with snap (a mouse drag without Alt), first grows it to whole words. */
  function reportSelection(snap) {
    var h = host();
    if (!h) { return; }
    var sel = window.getSelection();
    var root = article();
    if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) {
      h.selected(-1, -1, 0, 0, 0, 0);
      return;
    }
    var range = sel.getRangeAt(0);
    if (!root.contains(range.commonAncestorContainer)) {
      h.selected(-1, -1, 0, 0, 0, 0);
      return;
    }
    var start = offsetOf(range.startContainer, range.startOffset);
    var end = offsetOf(range.endContainer, range.endOffset);
    if (snap === true) {
      var words = snapToWords(root.textContent, start, end);
      if (words && (words[0] !== start || words[1] !== end)) {
        var nodes = textNodes();
        var a = pointAt(nodes, words[0], false);
        var b = pointAt(nodes, words[1], true);
        range = document.createRange();
        range.setStart(a.node, a.offset);
        range.setEnd(b.node, b.offset);
        sel.removeAllRanges();
        sel.addRange(range);
        start = words[0];
        end = words[1];
      }
    }
    var r = rectOf(range);
    h.selected(start, end, r[0], r[1], r[2], r[3]);
  }
  // A drag selects whole words; Alt+drag keeps exactly the characters chosen.
  document.addEventListener("mouseup", function (e) {
    var exact = e.altKey;
    setTimeout(function () { reportSelection(!exact); }, 0);
  });
  document.addEventListener("keyup", function (e) {
    if (e.shiftKey || e.key === "Shift" || e.key === "Escape") { setTimeout(function () { reportSelection(false); }, 0); }
  });

  // ---- painting ----

  function unwrap(selector) {
    var marks = document.querySelectorAll(selector);
    for (var i = marks.length - 1; i >= 0; i--) {
      var mk = marks[i];
      var parent = mk.parentNode;
      while (mk.firstChild) { parent.insertBefore(mk.firstChild, mk); }
      parent.removeChild(mk);
    }
    var root = article();
    if (root) { root.normalize(); }
  }

  /**
   * Wraps text ranges [{start, end}] in <mark> elements made by makeMark(cover): each text node is split once at
   * every boundary, then each piece that ranges cover is wrapped in one mark, given the ranges that cover it (those
   * that began first first). One mark per piece however many ranges cover it: a mark per range, each nested in the
   * one before, hid the words under about 500 of them, WebKit laying out no element deeper than its limit (fresh
   * tester 15's M4, decision 0063). Calls onMark(mark, start, end) for each; returns how many pieces were wrapped.
   */
  function wrap(list, makeMark, onMark) {
    if (!list.length) { return 0; }
    // Every boundary once, in order; text nodes come in order too, so one pointer walks both.
    var seen = {};
    var cuts = [];
    list.forEach(function (h) {
      if (!seen[h.start]) { seen[h.start] = 1; cuts.push(h.start); }
      if (!seen[h.end]) { seen[h.end] = 1; cuts.push(h.end); }
    });
    cuts.sort(function (a, b) { return a - b; });
    var nodes = textNodes();
    var pos = 0;
    var c = 0;
    var pieces = [];
    nodes.forEach(function (node) {
      var from = pos;
      var to = pos + node.data.length;
      while (c < cuts.length && cuts[c] <= from) { c++; }
      var current = node;
      var at = from;
      while (c < cuts.length && cuts[c] < to) {
        var rest = current.splitText(cuts[c] - at);
        pieces.push({ node: current, start: at, end: cuts[c] });
        current = rest;
        at = cuts[c];
        c++;
      }
      pieces.push({ node: current, start: at, end: to });
      pos = to;
    });
    // Sweep: ranges sorted by start (the longer first); keep those that have begun and not yet ended. Pieces are cut
    // at every boundary, so a range still open over a piece covers all of it.
    var byStart = list.slice().sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var next = 0;
    var active = [];
    var wrapped = 0;
    pieces.forEach(function (p) {
      while (next < byStart.length && byStart[next].start <= p.start) { active.push(byStart[next++]); }
      active = active.filter(function (h) { return h.end > p.start; });
      if (!active.length || p.start === p.end || NO_MARK_PARENTS[p.node.parentNode.nodeName]) { return; }
      var mark = makeMark(active);
      p.node.parentNode.insertBefore(mark, p.node);
      mark.appendChild(p.node);
      if (onMark) { onMark(mark, p.start, p.end); }
      wrapped++;
    });
    return wrapped;
  }

  // The painted highlights: their ranges by id, and the marks with the text offsets each holds (for flash).
  var paintedRanges = Object.create(null);
  var paintedMarks = [];

  /**
   * Paints highlights given as [{id, start, end, colour, note}] (note: true when it has a note). Words that several
   * cover are one mark: it opens the note on top (the one begun last; of those, the shortest), shows its colour with
   * the tint of the one under it laid over, and a note's underline when any of them has a note.
   */
  function paint(json) {
    var kept = keepSelection();
    unwrap("mark.pr-hl");
    var all = JSON.parse(json);
    markBookmarks(all.filter(function (h) { return h.colour === "bookmark"; }));
    var list = all.filter(function (h) { return h.colour !== "bookmark"; });
    paintedRanges = Object.create(null);
    paintedMarks = [];
    list.forEach(function (h) { paintedRanges[String(h.id)] = h; });
    var n = wrap(list, function (cover) {
      var top = cover[cover.length - 1];
      var mark = document.createElement("mark");
      var name = "pr-hl pr-" + colourOf(top);
      if (cover.length > 1) { name += " pr-under-" + colourOf(cover[cover.length - 2]); }
      if (cover.some(function (h) { return h.note; })) { name += " pr-has-note"; }
      mark.className = name;
      mark.setAttribute("data-ann", String(top.id));
      return mark;
    }, function (mark, start, end) {
      paintedMarks.push({ mark: mark, start: start, end: end });
    });
    kept();
    return n;
  }

  function colourOf(h) {
    return COLOURS.indexOf(h.colour) >= 0 ? h.colour : "yellow";
  }

  /** The selection (or caret) as text offsets; the function returned puts it back after the text nodes change. */
  function keepSelection() {
    var sel = window.getSelection();
    var root = article();
    if (!root || !sel || sel.rangeCount === 0 || !root.contains(sel.anchorNode) || !root.contains(sel.focusNode)) {
      return function () {};
    }
    var anchor = offsetOf(sel.anchorNode, sel.anchorOffset);
    var focus = offsetOf(sel.focusNode, sel.focusOffset);
    return function () {
      var nodes = textNodes();
      var a = pointAt(nodes, anchor, anchor > focus);
      var f = pointAt(nodes, focus, focus > anchor);
      if (a && f) { sel.setBaseAndExtent(a.node, a.offset, f.node, f.offset); }
      if (caretOn) { drawCaret(); }
    };
  }

  /** Bookmarks ({colour: "bookmark"}) show as a ribbon in the margin of the block they begin in. */
  function markBookmarks(list) {
    Array.prototype.forEach.call(document.querySelectorAll(".pr-bookmarked"), function (el) {
      el.classList.remove("pr-bookmarked");
    });
    var nodes = textNodes();
    list.forEach(function (b) {
      var at = pointAt(nodes, b.start, false);
      var el = at ? at.node.parentNode : null;
      while (el && el !== article() && !el.id) { el = el.parentNode; }
      if (el && el !== article()) { el.classList.add("pr-bookmarked"); }
    });
  }

  /**
   * The heat map (issue 15): [{block, level, said}], a bar in the margin of each block people marked. Only ids, levels
   * and the window's own words with a count ("3 people marked this paragraph.") come here, never a note's text. The
   * level (1..4) is the bar's width, so it never rests on colour alone; "said" is the block's description, in spans
   * kept after the article so its text and offsets never change. Returns how many bars were drawn.
   */
  function paintHeat(json) {
    Array.prototype.forEach.call(document.querySelectorAll("[data-pr-heat]"), function (el) {
      el.removeAttribute("data-pr-heat");
      el.removeAttribute("aria-describedby");
    });
    var said = document.getElementById("pr-heat-text");
    if (said) { said.parentNode.removeChild(said); }
    var root = article();
    var list = JSON.parse(json);
    if (!root || !list.length) { return 0; }
    said = document.createElement("div");
    said.id = "pr-heat-text";
    said.hidden = true;
    var n = 0;
    list.forEach(function (b) {
      var el = document.getElementById(String(b.block));
      if (!el || el === root || !root.contains(el) || el.hasAttribute("aria-describedby")) { return; }
      var span = document.createElement("span");
      span.id = "pr-heat-" + n;
      span.textContent = String(b.said || "");
      said.appendChild(span);
      el.setAttribute("data-pr-heat", String(Math.max(1, Math.min(4, b.level | 0))));
      el.setAttribute("aria-describedby", span.id);
      n++;
    });
    root.parentNode.insertBefore(said, root.nextSibling);
    return n;
  }

  /** Marks find-in-chapter matches given as [{start, end}]; they are numbered in order. */
  function markFind(json) {
    var kept = keepSelection();
    unwrap("mark.pr-find");
    var list = JSON.parse(json);
    list.forEach(function (m, i) { m.n = i; });
    var n = wrap(list, function (cover) {
      var mark = document.createElement("mark");
      mark.className = "pr-find";
      mark.setAttribute("data-find", String(cover[cover.length - 1].n));
      return mark;
    });
    kept();
    return n;
  }

  function showFind(n) {
    var all = document.querySelectorAll("mark.pr-find");
    var first = null;
    for (var i = 0; i < all.length; i++) {
      var on = all[i].getAttribute("data-find") === String(n);
      all[i].classList.toggle("pr-find-current", on);
      if (on && !first) { first = all[i]; }
    }
    if (first) {
      first.scrollIntoView({ block: "center" });
      placeCaret(offsetOf(first, 0), false);
    }
    return first !== null;
  }

  /** The marks of the highlight with this id: every piece of its text, whichever note is on top there. */
  function marksOf(id) {
    var h = paintedRanges[String(id)];
    if (!h) { return []; }
    return paintedMarks.filter(function (m) {
      return m.start >= h.start && m.end <= h.end && m.mark.parentNode;
    }).map(function (m) { return m.mark; });
  }

  // ---- footnotes ----

  // A footnote reference shows its note in a pop-over beside it, outside the article (so the chapter's
  // text and every offset into it stay as they are); Esc or a click elsewhere closes it.
  var footnote = null;
  var footnoteFrom = null;

  function closeFootnote(refocus) {
    if (!footnote) { return; }
    footnote.parentNode.removeChild(footnote);
    footnote = null;
    if (refocus && footnoteFrom) { footnoteFrom.focus(); }
    footnoteFrom = null;
  }

  /** A copy of a note's content for the pop-over: no ids (they would be doubled), no back link, no marks. */
  function noteCopy(note) {
    var copy = document.createElement("div");
    copy.className = "pr-footnote-text";
    Array.prototype.forEach.call(note.childNodes, function (n) {
      if (n.nodeType === 1 && n.classList.contains("footnote-backref")) { return; }
      copy.appendChild(n.cloneNode(true));
    });
    Array.prototype.forEach.call(copy.querySelectorAll(".footnote-backref"), function (b) { b.parentNode.removeChild(b); });
    Array.prototype.forEach.call(copy.querySelectorAll("[id]"), function (el) { el.removeAttribute("id"); });
    Array.prototype.forEach.call(copy.querySelectorAll("mark"), function (mk) {
      while (mk.firstChild) { mk.parentNode.insertBefore(mk.firstChild, mk); }
      mk.parentNode.removeChild(mk);
    });
    return copy;
  }

  /** Shows the note a footnote reference points to; false when there is no such note. */
  function showFootnote(ref) {
    var id = decodeURIComponent((ref.getAttribute("href") || "").substring(1));
    var note = id ? document.getElementById(id) : null;
    if (!note || !article() || !article().contains(note)) { return false; }
    closeFootnote(false);
    var box = document.createElement("aside");
    box.className = "pr-footnote";
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-label", words("footnote", ref.textContent));
    box.appendChild(noteCopy(note));
    var go = document.createElement("a");
    go.className = "pr-footnote-go";
    go.setAttribute("href", "#" + id);
    go.textContent = words("goToNote", ref.textContent);
    box.appendChild(go);
    document.body.appendChild(box);
    var r = ref.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(window.pageXOffset + r.left - 24, window.pageXOffset + width - box.offsetWidth - 8));
    box.style.left = left + "px";
    box.style.top = (window.pageYOffset + r.bottom + 6) + "px";
    footnote = box;
    footnoteFrom = ref;
    go.focus();
    return true;
  }

  // Enter on a focused reference opens its note, Esc closes it. JavaFX's WebKit leaves KeyboardEvent.key
  // empty, so the key codes are read too.
  document.addEventListener("keydown", function (e) {
    var el = document.activeElement;
    var escape = e.key === "Escape" || e.key === "Esc" || e.keyCode === 27;
    var enter = e.key === "Enter" || e.keyCode === 13;
    if (footnote && escape) {
      e.preventDefault();
      e.stopPropagation();
      closeFootnote(true);
    } else if (enter && el && el.classList && el.classList.contains("footnote-ref")
        && article() && article().contains(el)) {
      e.preventDefault();
      e.stopPropagation();
      showFootnote(el);
    }
  }, true);

  // Links never navigate the WebView: the host decides what a click means.
  document.addEventListener("click", function (e) {
    var h = host();
    var a = e.target && e.target.closest ? e.target.closest("a") : null;
    var inFootnote = footnote && footnote.contains(e.target);
    if (footnote && !inFootnote) { closeFootnote(false); }
    if (a && a.classList.contains("footnote-ref") && article() && article().contains(a)) {
      e.preventDefault();
      showFootnote(a);
      return;
    }
    if (a && a.classList.contains("pr-footnote-go")) {
      e.preventDefault();
      var target = document.getElementById(decodeURIComponent(a.getAttribute("href").substring(1)));
      closeFootnote(false);
      if (target) {
        target.scrollIntoView({ block: "center" });
        var back = target.querySelector(".footnote-backref");
        if (back) { back.focus(); }
      }
      return;
    }
    if (a) {
      e.preventDefault();
      if (a.hasAttribute("data-chapter")) {
        // The place is where the link is (Tab may have just scrolled to it), so Back returns there.
        if (h) { h.scrolled(scrollFraction()); }
        if (h) { h.openChapter(a.getAttribute("data-chapter"), a.getAttribute("data-fragment") || ""); }
      } else if (a.hasAttribute("data-external")) {
        if (h) { h.openExternal(a.getAttribute("data-external")); }
      } else {
        var href = a.getAttribute("href") || "";
        if (href.charAt(0) === "#") {
          var to = decodeURIComponent(href.substring(1));
          scrollToId(to);
          // The back link of a note returns the keyboard to the reference it came from.
          var ref = a.classList.contains("footnote-backref") && document.getElementById(to);
          var link = ref ? (ref.matches("a") ? ref : ref.querySelector("a.footnote-ref")) : null;
          if (link) { link.focus(); }
        }
      }
      return;
    }
    var mark = e.target && e.target.closest ? e.target.closest("mark.pr-hl") : null;
    var sel = window.getSelection();
    if (mark && h && (!sel || sel.isCollapsed)) {
      var r = mark.getBoundingClientRect();
      h.highlightClicked(mark.getAttribute("data-ann"), r.left, r.top, r.right, r.bottom);
    }
  }, true);

  // ---- caret browsing and the keyboard (issue 14) ----

  // With caret browsing on (F7 in the window), the arrows move a caret through the text and
  // Shift (with Ctrl: by word) selects, as in a browser's caret browsing; the selection is then
  // reported exactly as a mouse selection is. The caret is drawn outside the article (#pr-caret), so
  // the text and every offset into it stay as they are. JavaFX's WebKit leaves KeyboardEvent.key
  // empty, so key codes are read.
  var caretOn = false;
  var caretMark = null;
  var BLOCKS = { P: 1, LI: 1, H1: 1, H2: 1, H3: 1, H4: 1, H5: 1, H6: 1, BLOCKQUOTE: 1, PRE: 1, TD: 1, TH: 1,
    DD: 1, DT: 1, FIGCAPTION: 1, CAPTION: 1, HEADER: 1 };
  var KEYS = { 37: ["backward", "character", "word"], 39: ["forward", "character", "word"],
    38: ["backward", "line", "paragraphboundary"], 40: ["forward", "line", "paragraphboundary"],
    36: ["backward", "lineboundary", "documentboundary"], 35: ["forward", "lineboundary", "documentboundary"] };

  function selectionInArticle() {
    var sel = window.getSelection();
    var root = article();
    return root && sel && sel.rangeCount > 0 && root.contains(sel.focusNode) ? sel : null;
  }

  /** The text offset of the caret (the selection's focus end), or -1 when it is not in the article. */
  function caretOffset() {
    var sel = selectionInArticle();
    return sel ? offsetOf(sel.focusNode, sel.focusOffset) : -1;
  }

  /** A collapsed selection at this text offset; scrolled into view only when it is off screen. */
  function placeCaret(offset, reveal) {
    var at = pointAt(textNodes(), Math.max(0, offset), false);
    if (!at) { return false; }
    var sel = window.getSelection();
    sel.removeAllRanges();
    var r = document.createRange();
    r.setStart(at.node, at.offset);
    r.collapse(true);
    sel.addRange(r);
    if (reveal) { revealCaret(); }
    drawCaret();
    return true;
  }

  function caretRect() {
    var sel = selectionInArticle();
    if (!sel) { return null; }
    var r = document.createRange();
    r.setStart(sel.focusNode, sel.focusOffset);
    r.collapse(true);
    var rects = r.getClientRects();
    if (rects.length) { return rects[0]; }
    // A boundary between nodes has no box of its own: measure the character after it.
    if (sel.focusNode.nodeType === 3 && sel.focusOffset < sel.focusNode.data.length) {
      r.setEnd(sel.focusNode, sel.focusOffset + 1);
      var b = r.getBoundingClientRect();
      return { left: b.left, top: b.top, bottom: b.bottom, height: b.height };
    }
    return null;
  }

  function revealCaret() {
    var c = caretRect();
    if (!c) { return; }
    if (c.top < 0) { window.scrollBy(0, c.top - 40); }
    else if (c.bottom > window.innerHeight) { window.scrollBy(0, c.bottom - window.innerHeight + 40); }
  }

  function drawCaret() {
    var c = caretOn ? caretRect() : null;
    if (!c) {
      if (caretMark) { caretMark.style.display = "none"; }
      return;
    }
    if (!caretMark) {
      caretMark = document.createElement("div");
      caretMark.id = "pr-caret";
      caretMark.setAttribute("aria-hidden", "true");
      document.body.appendChild(caretMark);
    }
    caretMark.style.display = "block";
    caretMark.style.left = (window.pageXOffset + c.left - 1) + "px";
    caretMark.style.top = (window.pageYOffset + c.top) + "px";
    caretMark.style.height = Math.max(12, c.height || (c.bottom - c.top)) + "px";
  }

  /** The offset where the first line visible at the top begins (where a caret starts when there is none). */
  function topOffset() { return PeeragogyReader.visibleOffset(); }

  function setCaret(on) {
    caretOn = on === true;
    if (caretOn && caretOffset() < 0) { placeCaret(topOffset(), false); }
    drawCaret();
    return caretOn;
  }

  /** The text range [start, end) of the block (paragraph, list item, heading, cell) holding this offset. */
  function blockAround(offset) {
    var nodes = textNodes();
    var at = pointAt(nodes, offset, false);
    if (!at) { return null; }
    var node = at.node;
    // A caret on the white space the page keeps between two blocks (a heading and its paragraph, say) is
    // in no block: it takes the nearest text after it, else before it, so that a sentence or a paragraph
    // never runs across blocks (issue 14's tester, 14c m10: "Wrapper Motivation This pattern…").
    if (!/\S/.test(node.data)) {
      var i = nodes.indexOf(node);
      node = null;
      for (var j = i + 1; j < nodes.length && !node; j++) { if (/\S/.test(nodes[j].data)) { node = nodes[j]; } }
      for (var k = i - 1; k >= 0 && !node; k--) { if (/\S/.test(nodes[k].data)) { node = nodes[k]; } }
      if (!node) { return null; }
    }
    var el = blockOf(node);
    var start = offsetOf(el || node, 0);
    return [start, start + (el || node).textContent.length];
  }

  /**
   * The paragraph, heading, list item or cell that holds this text node; for text outside those (a raw
   * HTML block), its nearest element not laid out inline; null when only the article holds it.
   */
  function blockOf(node) {
    var el = node.parentNode;
    while (el && el !== article() && !BLOCKS[el.nodeName]) { el = el.parentNode; }
    if (el && el !== article()) { return el; }
    for (el = node.parentNode; el && el !== article(); el = el.parentNode) {
      if (window.getComputedStyle(el).display.indexOf("inline") !== 0) { return el; }
    }
    return null;
  }

  /** [start, end] trimmed of white space at either end. */
  function trimmed(t, start, end) {
    while (start < end && /\s/.test(t.charAt(start))) { start++; }
    while (end > start && /\s/.test(t.charAt(end - 1))) { end--; }
    return [start, end];
  }

  /**
   * The sentence around this offset, inside its block: from after the last ". ", "! ", "? " or "…"
   * (closing quotes and brackets kept with it) before the offset to the next one.
   */
  function sentenceAround(offset) {
    var block = blockAround(offset);
    if (!block) { return null; }
    var t = article().textContent;
    var stop = /[.!?\u2026\u3002\uFF01\uFF1F]+["'\u2019\u201D)\]]*(\s+|$)/g;
    var part = t.substring(block[0], block[1]);
    var from = 0;
    var to = part.length;
    var m;
    while ((m = stop.exec(part)) !== null) {
      var end = m.index + m[0].length;
      if (end <= offset - block[0]) { from = end; } else { to = end; break; }
      if (m[0].length === 0) { stop.lastIndex++; }
    }
    return trimmed(t, block[0] + from, block[0] + to);
  }

  /** Selects [start, end) and reports it as a selection; the caret (focus) goes to its end. */
  function selectRange(range) {
    if (!range || range[0] >= range[1]) { return false; }
    PeeragogyReader.select(range[0], range[1]);
    drawCaret();
    return true;
  }

  function currentRange() {
    var sel = selectionInArticle();
    if (!sel || sel.isCollapsed) { return null; }
    var r = sel.getRangeAt(0);
    return [offsetOf(r.startContainer, r.startOffset), offsetOf(r.endContainer, r.endOffset)];
  }

  function where() {
    var at = caretOffset();
    if (at < 0) {
      at = topOffset();
    } else {
      var r = currentRange();
      if (r) { at = r[0]; }
    }
    return at;
  }

  /** Selects the sentence at the caret; when that sentence is selected already, its paragraph. */
  function selectSentence() {
    var s = sentenceAround(where());
    var now = currentRange();
    if (s && now && now[0] === s[0] && now[1] === s[1]) { return selectParagraph(); }
    return selectRange(s);
  }

  function selectParagraph() {
    var b = blockAround(where());
    return b ? selectRange(trimmed(article().textContent, b[0], b[1])) : false;
  }

  // Tab walks the links of the page starting from the reading place, never leaving the page; Esc
  // takes the keyboard back to the text and the place it was read from.
  var home = null;

  function links() {
    var all = Array.prototype.slice.call((article() || document).querySelectorAll("a[href]"));
    if (footnote) { all = Array.prototype.slice.call(footnote.querySelectorAll("a[href]")); }
    return all.filter(function (a) { return a.getClientRects().length > 0; });
  }

  /**
   * The link the keyboard walks from: the focused link while it is on screen. One left focused off screen (the reader
   * scrolled on, or came back to the text from a panel, and WebKit gave the focus back to the last link) is not: the
   * first Tab then went on from it, to the chapter's last link at its end (fresh tester 17a's F13).
   */
  function walkingFrom(list) {
    var a = document.activeElement;
    if (!a || list.indexOf(a) < 0) { return null; }
    var r = a.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight ? a : null;
  }

  function nextLink(back) {
    var list = links();
    if (!list.length) { return null; }
    var from = walkingFrom(list);
    if (from) {
      var i = list.indexOf(from);
      return list[(i + (back ? list.length - 1 : 1)) % list.length];
    }
    // From the text: the first link on screen (the last, going back), else the next one after the top (the last one
    // above it, going back).
    var onScreen = list.filter(function (a) {
      var r = a.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    });
    if (onScreen.length) { return back ? onScreen[onScreen.length - 1] : onScreen[0]; }
    if (back) {
      var before = list.filter(function (a) { return a.getBoundingClientRect().bottom <= 0; });
      return before.length ? before[before.length - 1] : list[list.length - 1];
    }
    var after = list.filter(function (a) { return a.getBoundingClientRect().top >= 0; });
    return after.length ? after[0] : list[0];
  }

  function focusLink(a) {
    if (!walkingFrom(links())) {
      home = { y: window.pageYOffset, caret: caretOffset(), fraction: scrollFraction(), told: false };
    }
    try { a.focus({ preventScroll: true }); } catch (e) { a.focus(); }
    var r = a.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) {
      // The walk leaves the place being read: the host keeps it for Back (fresh tester 17a's F2), once per walk.
      var h = host();
      if (home && !home.told && h) { home.told = true; h.walkedAway(home.fraction); }
      a.scrollIntoView({ block: "center" });
    }
  }

  /** Back to the text from a link: the place read before Tab, the caret where it was. */
  function backToText() {
    var active = document.activeElement;
    if (active && active.blur) { active.blur(); }
    if (home) {
      window.scrollTo(window.pageXOffset, home.y);
      if (home.caret >= 0) { placeCaret(home.caret, false); }
      var h = host();
      if (home.told && h) { h.walkedBack(home.fraction); }
      home = null;
    }
    drawCaret();
  }

  document.addEventListener("keydown", function (e) {
    if (e.defaultPrevented) { return; } // the footnote pop-over's own Enter or Esc
    var code = e.keyCode;
    if (code === 9 && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      e.stopPropagation();
      var to = nextLink(e.shiftKey);
      if (to) { focusLink(to); }
      return;
    }
    var onLink = document.activeElement && document.activeElement.nodeName === "A";
    if (code === 27 && !footnote && onLink) {
      e.preventDefault();
      backToText();
      return;
    }
    var k = KEYS[code];
    if (!caretOn || !k || e.altKey || e.metaKey) { return; }
    var sel = window.getSelection();
    if (caretOffset() < 0) { placeCaret(topOffset(), false); }
    if (onLink) { backToText(); }
    e.preventDefault();
    e.stopPropagation();
    sel.modify(e.shiftKey ? "extend" : "move", k[0], e.ctrlKey ? k[2] : k[1]);
    revealCaret();
    drawCaret();
    reportSelection(false);
  }, true);
  window.addEventListener("scroll", function () { if (caretOn) { drawCaret(); } });
  window.addEventListener("resize", function () { if (caretOn) { drawCaret(); } });
  document.addEventListener("mouseup", function () { if (caretOn) { setTimeout(drawCaret, 0); } });

  /** Scrolls to the element with this id, else to this fraction of the page's height. */
  function goTo(fragment, fraction) {
    if (!scrollToId(fragment)) {
      var max = document.documentElement.scrollHeight - window.innerHeight;
      window.scrollTo(0, Math.round(max * (fraction || 0)));
    }
  }

  /** The keyboard starts at the place opened: the fragment's start, else the first line on screen. */
  function startCaret(fragment) {
    var target = fragment ? document.getElementById(fragment) : null;
    placeCaret(target && article() && article().contains(target) ? offsetOf(target, 0) : topOffset(), false);
  }

  // Where restore went before the images had arrived: {fragment, fraction, y (where it scrolled to), caret}. When
  // they have (the load event), it goes there again if the reader has not moved meanwhile: images above the place
  // push it down.
  var held = null;
  window.addEventListener("load", function () {
    var h = held;
    held = null;
    if (!h || (!h.fragment && !h.fraction) || window.pageYOffset !== h.y) { return; }
    goTo(h.fragment, h.fraction);
    if (h.caret === undefined || h.caret === caretOffset()) { startCaret(h.fragment); }
  });

  var pending = false;
  // The text at the top line, as last seen (-1: none yet); a resize of the page (the window, or a panel folded
  // away as the text grew) puts it back on top, as the text size keys do (issue 12).
  var keptTop = -1;
  var seeing = null;
  window.addEventListener("scroll", function () {
    if (seeing) { clearTimeout(seeing); }
    seeing = setTimeout(function () { seeing = null; if (!holdTop || keptTop <= 0) { keptTop = PeeragogyReader.visibleOffset(); } }, 100);
    if (pending) { return; }
    pending = true;
    setTimeout(function () {
      pending = false;
      var h = host();
      if (h) { h.scrolled(scrollFraction()); }
    }, 150);
  });
  // After the host changes the reading settings, the text may wrap anew more than once: a font the page fetches when
  // first used (the bundled Atkinson Hyperlegible) arrives later. Until the reader scrolls or types, each new size of
  // the chapter puts the line that was at the top back there (fresh tester 17a's F5: the middle of another paragraph
  // was there instead), and the scroll that makes is not taken for the reader's own.
  var holdTop = false;
  function settingsChanged(text) {
    setReading(text);
    holdTop = true;
    followHeight();
  }
  // JavaFX 21's WebKit sends no resize observation when a font fetched later wraps the text anew (seen on a machine
  // where the bundled font took a few frames to arrive: the chapter went from 12,504 to 9,144 px high and the observer
  // stayed silent), so the page also looks at its height each frame until its fonts are in and it has been still for
  // half a second, ten seconds at most: a bounded watch after a change, never while idle.
  var following = 0;
  function followHeight() {
    var id = ++following, seen = document.documentElement.scrollHeight, since = performance.now();
    var end = since + 10000;
    function frame(now) {
      if (id !== following || !holdTop) { return; }
      var h = document.documentElement.scrollHeight;
      if (h !== seen) {
        seen = h;
        since = now;
        if (keptTop > 0) { PeeragogyReader.keepAtTop(keptTop); }
      }
      var loading = document.fonts && document.fonts.status === "loading";
      if (now < end && (loading || now - since < 500)) { requestAnimationFrame(frame); }
    }
    requestAnimationFrame(frame);
  }
  /** The host moves the page itself (a note, a find, a place restored): that is the place to keep from now on. */
  function hostMoves(f) {
    return function () { holdTop = false; return f.apply(null, arguments); };
  }
  ["keydown", "wheel", "mousedown", "touchstart"].forEach(function (type) {
    window.addEventListener(type, function () { holdTop = false; }, true);
  });
  if (window.ResizeObserver) {
    new ResizeObserver(function () {
      if (holdTop && keptTop > 0) { PeeragogyReader.keepAtTop(keptTop); }
    }).observe(document.documentElement);
  }
  // Only a new width reflows the lines; a height change leaves the top line where it is.
  var keptWidth = window.innerWidth;
  window.addEventListener("resize", function () {
    if (window.innerWidth === keptWidth) { return; }
    keptWidth = window.innerWidth;
    if (keptTop > 0) { PeeragogyReader.keepAtTop(keptTop); }
  });

  return {
    restore: function (fragment, fraction) {
      holdTop = false;
      MARKS.restore = performance.now();
      goTo(fragment, fraction);
      // Called as soon as the document is parsed: images still on their way may move the place; the load puts it back.
      held = document.readyState === "complete" ? null : { fragment: fragment, fraction: fraction, y: window.pageYOffset };
      // Two frames: the first lays out, the second runs after the layout has been painted.
      requestAnimationFrame(function () {
        requestAnimationFrame(function () {
          MARKS.painted = performance.now();
          home = null;
          startCaret(fragment);
          if (held) { held.caret = caretOffset(); }
          var h = host();
          var chapter = article();
          if (h) { h.laidOut(chapter ? chapter.getAttribute("data-chapter") : "", scrollFraction()); }
        });
      });
    },
    marks: function () {
      return Object.keys(MARKS).map(function (k) { return k + "=" + MARKS[k].toFixed(1); }).join(",");
    },
    setWords: setWords,
    setTheme: applyTheme,
    setReading: settingsChanged,
    position: scrollFraction,
    paint: paint,
    markFind: markFind,
    showFind: hostMoves(showFind),
    flash: function (id) {
      holdTop = false;
      var marks = marksOf(id);
      if (!marks.length) { return false; }
      marks[0].scrollIntoView({ block: "center" });
      placeCaret(offsetOf(marks[0], 0), false);
      marks.forEach(function (mk) { mk.classList.add("pr-flash"); });
      setTimeout(function () { marks.forEach(function (mk) { mk.classList.remove("pr-flash"); }); }, 1200);
      return true;
    },
    /** Selects text by offsets, as a reader would with the mouse, and reports it. */
    select: function (start, end) {
      holdTop = false;
      var nodes = textNodes();
      var a = pointAt(nodes, start, false);
      var b = pointAt(nodes, end, true);
      if (!a || !b) { return false; }
      var r = document.createRange();
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(r);
      reportSelection();
      return true;
    },
    /** Scrolls so the text at this offset is a little below the top (bookmarks). */
    scrollToOffset: function (offset) {
      holdTop = false;
      var at = pointAt(textNodes(), offset, false);
      if (!at) { return false; }
      var r = document.createRange();
      r.setStart(at.node, at.offset);
      r.setEnd(at.node, Math.min(at.node.data.length, at.offset + 1));
      window.scrollBy(0, r.getBoundingClientRect().top - 40);
      placeCaret(offset, false);
      return true;
    },
    /** Scrolls so the line holding this text offset is the first at the top (a text size change keeps the place). */
    keepAtTop: function (offset) {
      var at = pointAt(textNodes(), offset, false);
      if (!at) { return false; }
      keptTop = offset;
      if (seeing) { clearTimeout(seeing); seeing = null; }
      var r = document.createRange();
      r.setStart(at.node, at.offset);
      r.setEnd(at.node, Math.min(at.node.data.length, at.offset + 1));
      window.scrollBy(0, r.getBoundingClientRect().top);
      return true;
    },
    clearSelection: function () {
      var sel = window.getSelection();
      // With caret browsing on, the caret stays where the selection ended.
      if (sel && caretOn && caretOffset() >= 0) { sel.collapseToEnd(); drawCaret(); }
      else if (sel) { sel.removeAllRanges(); }
    },
    setCaret: setCaret,
    placeCaret: hostMoves(function (offset) { return placeCaret(offset, true); }),
    caretOffset: caretOffset,
    selectSentence: selectSentence,
    selectParagraph: selectParagraph,
    paintHeat: paintHeat,
    text: function () { var root = article(); return root ? root.textContent : ""; },
    /** The text offset where the first line wholly visible at the top of the window begins. */
    visibleOffset: function () {
      var root = article();
      if (!root) { return 0; }
      var box = root.getBoundingClientRect();
      var x = box.left + parseFloat(getComputedStyle(root).paddingLeft || "0") + 2;
      for (var y = Math.max(0, box.top) + 2; document.caretRangeFromPoint && y < Math.min(window.innerHeight, 400); y += 6) {
        var r = document.caretRangeFromPoint(x, y);
        if (r && r.startContainer.nodeType === 3 && root.contains(r.startContainer)) {
          var c = document.createRange();
          c.setStart(r.startContainer, r.startOffset);
          c.setEnd(r.startContainer, Math.min(r.startContainer.data.length, r.startOffset + 1));
          if (c.getBoundingClientRect().top >= 0) { return offsetOf(r.startContainer, r.startOffset); }
        }
      }
      var blocks = root.querySelectorAll("[id]");
      for (var i = 0; i < blocks.length; i++) {
        var b = blocks[i].getBoundingClientRect();
        if (b.bottom > 0 && blocks[i].textContent.trim().length > 0) { return offsetOf(blocks[i], 0); }
      }
      return 0;
    }
  };
})();
