/* SINS calculator, progressive enhancement only: the page scores on the server without it.
   - Shows a running total as options are chosen, announced politely (aria-live).
   - Choosing a vertebral level checks the matching location.
   - Says when a result on the page no longer matches the answers.
   Nothing here knows the SINS table: the points are each radio's data-points, the categories
   are the rows of the "What the total means" table, the threshold is data-threshold. */
(function () {
  "use strict";

  var form = document.querySelector("[data-sins-form]");
  var live = document.querySelector("[data-sins-live]");
  if (!form || !live) {
    return;
  }
  var liveText = live.querySelector("[data-sins-live-text]");
  var threshold = parseInt(live.getAttribute("data-threshold"), 10);
  var categoryRows = document.querySelectorAll("[data-sins-category]");
  var stale = document.querySelector("[data-sins-stale]");
  var level = form.querySelector("select[name='level']");

  var groups = [];
  Array.prototype.forEach.call(form.querySelectorAll("input[type='radio'][data-points]"), function (radio) {
    if (groups.indexOf(radio.name) === -1) {
      groups.push(radio.name);
    }
  });

  function answers() {
    return groups.map(function (name) {
      return form.querySelector("input[name='" + name + "']:checked");
    });
  }

  function snapshot() {
    return answers().map(function (radio) {
      return radio ? radio.value : "";
    }).join("|");
  }

  function categoryFor(total) {
    var found = null;
    Array.prototype.forEach.call(categoryRows, function (row) {
      var min = parseInt(row.getAttribute("data-min"), 10);
      var max = parseInt(row.getAttribute("data-max"), 10);
      row.classList.toggle("is-current", false);
      if (total >= min && total <= max) {
        found = row;
      }
    });
    return found;
  }

  /* The page's own words (translated on the server), with {name} filled in. */
  function fill(words, values) {
    return words.replace(/\{(\w+)\}/g, function (match, name) {
      return name in values ? String(values[name]) : match;
    });
  }

  function update() {
    var chosen = answers();
    var answered = chosen.filter(Boolean);
    var total = answered.reduce(function (sum, radio) {
      return sum + parseInt(radio.getAttribute("data-points"), 10);
    }, 0);
    var text;
    if (answered.length < groups.length) {
      categoryFor(-1);
      text = fill(live.getAttribute("data-text-partial"), {
        total: total, answered: answered.length, count: groups.length
      });
    } else {
      var row = categoryFor(total);
      text = fill(live.getAttribute("data-text-total"), {total: total});
      if (row) {
        row.classList.add("is-current");
        text += ": " + row.getAttribute("data-label").toLowerCase();
      }
      text += ". " + live.getAttribute(total >= threshold ? "data-text-above" : "data-text-below");
    }
    liveText.textContent = text;
    if (stale) {
      stale.hidden = snapshot() === initial;
    }
  }

  var initial = snapshot();

  if (level) {
    level.addEventListener("change", function () {
      var option = level.options[level.selectedIndex];
      var location = option && option.getAttribute("data-location");
      if (location) {
        var radio = form.querySelector("input[name='location'][value='" + location + "']");
        if (radio) {
          radio.checked = true;
        }
      }
      update();
    });
  }
  form.addEventListener("change", function (event) {
    if (event.target.type === "radio") {
      update();
    }
  });

  live.hidden = false;
  update();
})();
