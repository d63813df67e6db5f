/*
 * The only script that runs in a chapter page (the page's Content-Security-Policy allows scripts
 * from the reader's own scheme alone, and chapters are sanitised of theirs).
 * Every message between this page and the host is declared in PageMessages.java:
 *   page -> host: window.peeragogyHost.openChapter(id, fragment), .openExternal(url),
 *                 .scrolled(fraction), .laidOut(chapterId, fraction)
 *   host -> page: PeeragogyReader.restore(fragment, fraction), .setTheme(name), .position()
 */
"use strict";
var PeeragogyReader = (function () {
  var THEMES = ["light", "sepia", "dark"];

  // Set the theme before the body is painted, so a dark reader never sees a white flash.
  function applyTheme(name) {
    if (THEMES.indexOf(name) < 0) { name = "light"; }
    document.documentElement.className = "theme-" + name;
  }
  var m = /[?&]theme=([a-z]+)/.exec(location.search);
  applyTheme(m ? m[1] : "light");

  function host() { return window.peeragogyHost || null; }

  function scrollFraction() {
    var max = document.documentElement.scrollHeight - window.innerHeight;
    return max > 0 ? Math.min(1, Math.max(0, window.pageYOffset / max)) : 0;
  }

  function scrollToId(id) {
    var el = id ? document.getElementById(id) : null;
    if (el) { el.scrollIntoView(true); return true; }
    return false;
  }

  // Links never navigate the WebView: the host decides what a click means.
  document.addEventListener("click", function (e) {
    var a = e.target && e.target.closest ? e.target.closest("a") : null;
    if (!a) { return; }
    e.preventDefault();
    var h = host();
    if (a.hasAttribute("data-chapter")) {
      if (h) { h.openChapter(a.getAttribute("data-chapter"), a.getAttribute("data-fragment") || ""); }
    } else if (a.hasAttribute("data-external")) {
      if (h) { h.openExternal(a.getAttribute("data-external")); }
    } else {
      var href = a.getAttribute("href") || "";
      if (href.charAt(0) === "#") { scrollToId(decodeURIComponent(href.substring(1))); }
    }
  }, true);

  var pending = false;
  window.addEventListener("scroll", function () {
    if (pending) { return; }
    pending = true;
    setTimeout(function () {
      pending = false;
      var h = host();
      if (h) { h.scrolled(scrollFraction()); }
    }, 150);
  });

  return {
    restore: function (fragment, fraction) {
      if (!scrollToId(fragment)) {
        var max = document.documentElement.scrollHeight - window.innerHeight;
        window.scrollTo(0, Math.round(max * (fraction || 0)));
      }
      // Two frames: the first lays out, the second runs after the layout has been painted.
      requestAnimationFrame(function () {
        requestAnimationFrame(function () {
          var h = host();
          var chapter = document.getElementById("chapter");
          if (h) { h.laidOut(chapter ? chapter.getAttribute("data-chapter") : "", scrollFraction()); }
        });
      });
    },
    setTheme: applyTheme,
    position: scrollFraction
  };
})();
