// carclaims report: the claim card on article pages and sortable columns on the index.
// Data is read from a JSON block and written with textContent only: nothing from an article
// is ever parsed as HTML.
(function () {
  "use strict";

  function text(tag, value, className) {
    var node = document.createElement(tag);
    node.textContent = value;
    if (className) node.className = className;
    return node;
  }

  function closeCard() {
    var card = document.getElementById("card");
    if (!card || !card.classList.contains("open")) return;
    card.classList.remove("open");
    var selected = document.querySelector("mark.claim.selected");
    if (selected) selected.focus();  // focus never opens a card: Tab stays where the reader was
  }

  // On a narrow screen the card covers the bottom of the page: scroll the claim above it.
  function keepVisible(mark, card) {
    if (!mark || getComputedStyle(card).position !== "fixed") return;
    var top = card.getBoundingClientRect().top;
    var box = mark.getBoundingClientRect();
    if (box.bottom > top - 8 || box.top < 0) window.scrollBy(0, box.top - Math.max(8, (top - box.height) / 3));
  }

  // A figure can hold several claims ("19.7 months": PFS and OS): the outermost mark is the one
  // control, and its card shows the claim chosen first, then the others it holds.
  function group(id) {
    var mark = document.getElementById(id);
    if (!mark) return { outer: null, ids: [id] };
    var outer = mark;
    while (outer.parentElement && outer.parentElement.closest("mark.claim")) {
      outer = outer.parentElement.closest("mark.claim");
    }
    var ids = [id];
    [outer].concat(Array.prototype.slice.call(outer.querySelectorAll("mark.claim"))).forEach(function (m) {
      if (ids.indexOf(m.id) < 0) ids.push(m.id);
    });
    return { outer: outer, ids: ids };
  }

  function showClaim(id, how) {
    var data = document.getElementById("claims-data");
    var card = document.getElementById("card");
    if (!data || !card) return;
    var claims = JSON.parse(data.textContent);
    if (!claims[id]) return;
    var previous = document.querySelectorAll("mark.claim.selected");
    for (var i = 0; i < previous.length; i++) previous[i].classList.remove("selected");
    var found = group(id);
    var mark = found.outer;
    if (mark) mark.classList.add("selected");

    card.textContent = "";
    card.classList.add("open");
    var close = text("button", "×", "close");
    close.type = "button";
    close.setAttribute("aria-label", "close the card");
    close.addEventListener("click", closeCard);
    card.appendChild(close);
    var heading = null;
    found.ids.forEach(function (claimId) {
      var claim = claims[claimId];
      if (!claim) return;
      var title = text("h2", claim.metric + ": " + claim.value);
      title.tabIndex = -1;
      if (!heading) heading = title;
      card.appendChild(title);
      fill(card, claim);
    });
    if (location.hash !== "#" + id) history.replaceState(null, "", "#" + id);  // bookmarks, Back
    keepVisible(mark, card);
    if (how === "keyboard") heading.focus();  // Tab goes on to the card's links
  }

  function fill(card, claim) {
    if (claim.sentence && claim.sentence.start >= 0) {  // the sentence, the figure marked in it
      var said = document.createElement("blockquote");
      said.className = "said";
      var s = claim.sentence;
      said.appendChild(document.createTextNode(s.text.slice(0, s.start)));
      said.appendChild(text("mark", s.text.slice(s.start, s.end), "figure"));
      said.appendChild(document.createTextNode(s.text.slice(s.end)));
      card.appendChild(said);
    }
    var list = document.createElement("dl");
    claim.fields.forEach(function (pair) {
      list.appendChild(text("dt", pair[0]));
      var value = text("dd", pair[1], pair[0] === "value" ? "card-value" : "");
      var origin = claim.origins && claim.origins[pair[0]];
      if (origin) {  // not stated in its own sentence: say where it came from, link the words
        var note = text("span", " " + origin.says + " ", "inferred");
        var words = text("a", "“" + origin.words + "”", "origin");
        words.href = "#at-" + origin.at[0] + "-" + origin.at[1];
        words.setAttribute("data-from", origin.at[0]);
        words.setAttribute("data-to", origin.at[1]);
        words.addEventListener("click", function (event) {
          event.preventDefault();
          showWords(origin.at[0], origin.at[1]);
        });
        note.appendChild(words);
        value.appendChild(note);
      }
      list.appendChild(value);
    });
    card.appendChild(list);
    claim.findings.forEach(function (finding) {
      var box = document.createElement("div");
      box.className = "finding " + finding.severity;
      box.appendChild(text("strong", finding.severity + " " + finding.code + ": "));
      box.appendChild(document.createTextNode(finding.message));
      if (finding.other) {
        var other = finding.other;
        var line = document.createElement("div");
        line.appendChild(document.createTextNode("Other source: " + other.value + " in "));
        if (other.href) {
          var link = text("a", other.place);
          link.href = other.href;
          line.appendChild(link);
        } else {
          line.appendChild(document.createTextNode(other.place));
        }
        box.appendChild(line);
        if (other.sentence) box.appendChild(text("blockquote", other.sentence));
      }
      card.appendChild(box);
    });
    if (claim.commands && claim.commands.length) {  // record a decision: copy a line
      var review = document.createElement("details");
      review.className = "commands";
      review.appendChild(text("summary", "Review this claim"));
      claim.commands.forEach(function (line) { review.appendChild(text("code", line)); });
      card.appendChild(review);
    }
  }

  function onArticle() {
    var marks = document.querySelectorAll("mark.claim");
    for (var i = 0; i < marks.length; i++) {
      marks[i].addEventListener("click", function (event) {
        event.stopPropagation();
        showClaim(this.id);
      });
      marks[i].addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          event.stopPropagation();
          showClaim(this.id, "keyboard");
        }
      });
    }
    var source = document.querySelector("pre.source");
    if (source) {
      source.addEventListener("click", function (event) {
        var span = event.target.closest ? event.target.closest("span.unread") : null;
        if (span) showUnread(span, source.getAttribute("data-source"));
      });
    }
    var links = document.querySelectorAll("a.claim-link");
    for (var j = 0; j < links.length; j++) {
      links[j].addEventListener("click", function () {
        var id = this.getAttribute("data-claim-id");
        var mark = document.getElementById(id);
        if (mark) mark.focus();
        showClaim(id);
      });
    }
    function fromHash() {
      if (location.hash.length > 1) {
        var target = decodeURIComponent(location.hash.slice(1));
        var words = /^at-(\d+)-(\d+)$/.exec(target);
        if (words) showWords(+words[1], +words[2]);
        else if (document.getElementById(target)) showClaim(target);
      }
    }
    window.addEventListener("hashchange", fromHash);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") closeCard();
    });
    var toggles = document.querySelectorAll("button.family-toggle");
    for (var t = 0; t < toggles.length; t++) {
      toggles[t].addEventListener("click", function () {
        var shown = this.getAttribute("aria-pressed") !== "true";
        this.setAttribute("aria-pressed", shown ? "true" : "false");
        source.classList.toggle("hide-" + this.getAttribute("data-family"), !shown);
      });
    }
    var keysButton = document.querySelector(".keys-button");
    if (keysButton) keysButton.addEventListener("click", toggleKeys);
    document.addEventListener("keydown", onKey);
    fromHash();
  }

  // The words an inferred field came from: [from, to) in the article text's UTF-16 offsets.
  function textRange(from, to) {
    var source = document.querySelector("pre.source");
    if (!source) return null;
    var walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
    var range = document.createRange();
    var seen = 0, started = false, node;
    while ((node = walker.nextNode())) {
      var length = node.nodeValue.length;
      if (!started && from < seen + length) { range.setStart(node, from - seen); started = true; }
      if (started && to <= seen + length) { range.setEnd(node, to - seen); return range; }
      seen += length;
    }
    return null;
  }

  function showWords(from, to) {
    var range = textRange(from, to);
    if (!range) return;
    if (window.CSS && CSS.highlights && window.Highlight) CSS.highlights.set("origin", new Highlight(range));
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    var box = range.getBoundingClientRect();
    var head = document.querySelector("header.top");
    var top = head && getComputedStyle(head).position === "sticky" ? head.getBoundingClientRect().bottom : 0;
    if (box.top < top + 8 || box.bottom > window.innerHeight / 2) window.scrollBy(0, box.top - top - window.innerHeight / 6);
  }

  // A number no claim covers: say so, and how to add it if the extractor missed it.
  function showUnread(span, path) {
    var card = document.getElementById("card");
    if (!card) return;
    card.textContent = "";
    card.classList.add("open");
    var close = text("button", "×", "close");
    close.type = "button";
    close.setAttribute("aria-label", "close the card");
    close.addEventListener("click", function () { card.classList.remove("open"); });
    card.appendChild(close);
    card.appendChild(text("h2", "not read as a claim: " + span.textContent));
    var hint = span.getAttribute("data-hint");
    if (hint) card.appendChild(text("p", hint, "hint"));
    card.appendChild(text("p", "No rule read this number as a claim. If it is one the extractor missed, add it:"));
    var value = span.textContent.replace(/[%\s,]/g, "");
    card.appendChild(text("code", "carclaims review add " + path + " --start " + span.getAttribute("data-start") +
      " --end " + span.getAttribute("data-end") + " --metric METRIC --low " + value + " --high " + value, "add-command"));
  }

  function toggleKeys() {
    var help = document.getElementById("keys");
    if (help) help.hidden = !help.hidden;
  }

  // htmlcov's keys: j/k claims, n/p claims with a finding, [/] articles, u index, ? help.
  function familyOf(mark) {
    var found = /\bfam-(\w+)/.exec(mark.className);
    return found ? found[1] : "";
  }

  // j/k and n/p pass by the claims of a family whose highlights are turned off
  function step(selector, forward) {
    var source = document.querySelector("pre.source");
    var controls = Array.prototype.slice.call(document.querySelectorAll(selector)).filter(function (m) {
      return !source.classList.contains("hide-" + familyOf(m));
    });
    if (!controls.length) return;
    var current = document.querySelector("mark.claim.selected");
    var at = controls.indexOf(current);
    if (at < 0 && current) {  // the selection is a claim inside a control: start from that control
      for (var i = 0; i < controls.length; i++) if (controls[i].contains(current)) at = i;
    }
    var next = at < 0 ? (forward ? 0 : controls.length - 1) : at + (forward ? 1 : -1);
    if (next < 0 || next >= controls.length) return;
    controls[next].scrollIntoView({ block: "center" });
    controls[next].focus();
    showClaim(controls[next].id);
  }

  function follow(rel) {
    var link = document.querySelector('a[rel="' + rel + '"]');
    if (link) location.href = link.href;
  }

  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA")) return;
    var actions = {
      j: function () { step("mark.claim[tabindex]", true); },
      k: function () { step("mark.claim[tabindex]", false); },
      n: function () { step("mark.claim[tabindex].has-error, mark.claim[tabindex].has-warning", true); },
      p: function () { step("mark.claim[tabindex].has-error, mark.claim[tabindex].has-warning", false); },
      "]": function () { follow("next"); },
      "[": function () { follow("prev"); },
      u: function () { follow("index"); },
      "?": toggleKeys,
    };
    if (actions[event.key]) {
      event.preventDefault();
      actions[event.key]();
    }
  }

  var SORT_KEY = "carclaims-index-sort";

  function onIndex() {
    var table = document.querySelector("table.articles");
    if (!table) return;
    var headers = table.tHead.rows[0].cells;

    function sortBy(column, ascending) {
      var th = headers[column];
      Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var numeric = th.getAttribute("data-type") === "number";
      rows.sort(function (a, b) {
        var x = a.cells[column].getAttribute("data-sort");
        var y = b.cells[column].getAttribute("data-sort");
        var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
      try { localStorage.setItem(SORT_KEY, JSON.stringify([column, ascending])); } catch (e) { /* private mode */ }
    }

    Array.prototype.forEach.call(headers, function (th, column) {
      var button = th.querySelector("button");
      if (!button) return;
      button.addEventListener("click", function () {
        var numeric = th.getAttribute("data-type") === "number";
        var sorted = th.getAttribute("aria-sort");
        // numbers sort largest first, names A to Z; a second click turns the order round
        var ascending = sorted ? sorted !== "ascending" : !numeric;
        sortBy(column, ascending);
      });
    });
    try {
      var saved = JSON.parse(localStorage.getItem(SORT_KEY) || "null");
      if (saved && headers[saved[0]]) sortBy(saved[0], saved[1]);
    } catch (e) { /* nothing remembered */ }

    var filter = document.getElementById("filter");
    if (filter) {
      filter.addEventListener("input", function () {
        var wanted = filter.value.toLowerCase();
        Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
          row.hidden = wanted !== "" && row.cells[0].textContent.toLowerCase().indexOf(wanted) < 0;
        });
      });
    }
  }

  function measureHeader() {
    var header = document.querySelector("header.top");
    var sticky = header && getComputedStyle(header).position === "sticky";
    document.documentElement.style.setProperty("--head", (sticky ? header.offsetHeight : 0) + "px");
  }

  document.addEventListener("DOMContentLoaded", function () {
    measureHeader();
    window.addEventListener("resize", measureHeader);
    onArticle();
    onIndex();
  });
})();
